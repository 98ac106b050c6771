using Microsoft.Extensions.Options;
using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Publishing;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Commission;
using ProgramaBot.Telemetry;

namespace ProgramaBot.Approvals.Voting;

/// <summary>
/// Aprobar / Rechazar. The voter gets their updated card in the invoke response; everyone else's copy is replaced
/// through the Connector. An Action.Submit fallback (old clients) gets a text answer instead, because the dispatcher
/// would otherwise put this voter's personal card in front of everyone. Every click on an existing request also
/// catches up whatever an earlier click left unpublished (its instance may have died after committing).
/// </summary>
internal sealed class VoteAction(
    VoteRecorder recorder,
    RequestPublisher publisher,
    CommissionRoster roster,
    RequestCardRenderer cards,
    IOptions<ApprovalsOptions> options,
    CardSettling settling,
    IHostApplicationLifetime lifetime,
    BotMetrics metrics) : ICardActionHandler
{
    public bool CanHandle(string verb) => verb is ApprovalVerbs.Approve or ApprovalVerbs.Reject;

    public async Task<InvokeResponse> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (CardState.From(action.Data) is not { } card)
        {
            return InvokeResponse.Error(400, "BadRequest", VoteMessages.MissingRequest);
        }

        var current = await roster.CurrentAsync(cancellationToken);
        if (current.FindMember(turn.Activity.From) is not { } member)
        {
            return InvokeResponse.Message(VoteMessages.OnlyMembers);
        }

        var isSubmit = turn.Activity.IsType(ActivityTypes.Message);
        var comment = CardInputValues.String(action.Data, ApprovalVerbs.CommentInput);
        if (comment?.Trim().Length > ApprovalVerbs.MaxCommentLength)
        {
            return InvokeResponse.Message(VoteMessages.CommentTooLong);
        }

        var choice = action.Verb == ApprovalVerbs.Approve ? VoteChoice.Approve : VoteChoice.Reject;
        var outcome = await recorder.CastAsync(card, member, choice, comment, turn.Activity.Conversation?.Id, cancellationToken);
        if (outcome.Kind == VoteResultKind.Recorded)
        {
            settling.Schedule(card.RequestId);
            metrics.VoteRecorded(choice.ToString());
            if (outcome.DecidedNow && outcome.Snapshot is { } decided)
            {
                metrics.DecisionMade(decided.Request.Status.ToString());
            }
        }

        if (outcome.Kind != VoteResultKind.NotFound)
        {
            // Not tied to this request: an update still queued behind the pacer when the voter is answered goes on.
            // Real time, like the pacer's: Teams' deadline for the click's answer is in real seconds.
            var publishing = publisher.SyncAsync(card.RequestId, lifetime.ApplicationStopping);
            await Task.WhenAny(publishing, Task.Delay(options.Value.PublishWait, TimeProvider.System, cancellationToken));
        }

        var notice = outcome.Kind switch
        {
            VoteResultKind.Recorded => VoteMessages.Recorded(choice),
            VoteResultKind.Unchanged => VoteMessages.Unchanged,
            VoteResultKind.AlreadyDecided => VoteMessages.AlreadyDecided,
            VoteResultKind.Stale => VoteMessages.Stale,
            _ => VoteMessages.NotFound(card.RequestId),
        };
        return isSubmit || outcome.Snapshot is null
            ? InvokeResponse.Message(notice)
            : InvokeResponse.Card(cards.Render(outcome.Snapshot,
                CardView.For(member, notice, noticeIsGood: outcome.Kind == VoteResultKind.Recorded), current));
    }
}
