using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Storage;

namespace ProgramaBot.Approvals.Publishing;

/// <summary>After a committed change: everyone's copy shows the new tally; a decision is announced (once — only the deciding vote gets here with it).</summary>
public sealed class RequestCardUpdater(
    CommissionChannel channel,
    DecisionAnnouncer announcer,
    RequestCardRenderer cards,
    ILogger<RequestCardUpdater> logger)
{
    public async Task PublishAsync(ApprovalSnapshot snapshot, bool decidedNow, CancellationToken cancellationToken)
    {
        try
        {
            await ReplaceAndAnnounceAsync(snapshot, decidedNow, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The vote is committed; an unreachable Connector must not turn it into an error for the voter.
            logger.LogError(e, "Publishing request {RequestId} after a vote failed", snapshot.Request.Id);
        }
    }

    private async Task ReplaceAndAnnounceAsync(ApprovalSnapshot snapshot, bool decidedNow, CancellationToken cancellationToken)
    {
        var request = snapshot.Request;
        if (request.CardActivityId is { Length: > 0 } activityId)
        {
            var card = cards.Render(snapshot, CardView.Base);
            await channel.ReplaceCardAsync(request.ConversationId, activityId, card, RequestCard.FallbackText(request), cancellationToken);
        }

        if (decidedNow)
        {
            await announcer.AnnounceAsync(request, cancellationToken);
        }
    }
}
