using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Voting;

namespace ProgramaBot.Approvals.Publishing;

/// <summary>Tells the commission, and the requester where they asked from, that a request was decided.</summary>
public sealed class DecisionAnnouncer(CommissionChannel channel, ILogger<DecisionAnnouncer> logger)
{
    /// <returns>
    /// Whether the commission's conversation took it. When it did not, nothing was sent anywhere, so it can be tried
    /// again whole; the requester's own chat is best effort (a failure there is logged, not retried).
    /// </returns>
    public async Task<bool> AnnounceAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        var text = $"La Comisión decidió la solicitud **{request.Id}** ({request.Title}, línea de acción {request.ProgrammeItem}): " +
                   $"**{VoteWords.Of(request.Status).ToUpperInvariant()}**. Solicitada por {request.RequestedBy}.";
        if (!await channel.SayAsync(request.ConversationId, text, cancellationToken))
        {
            return false;
        }

        if (request.RequestedFromConversationId is { Length: > 0 } origin && origin != request.ConversationId
            && !await channel.SayAsync(origin, text, cancellationToken))
        {
            logger.LogWarning("The decision on {RequestId} was announced to the commission but not in the chat it was requested from", request.Id);
        }

        return true;
    }
}
