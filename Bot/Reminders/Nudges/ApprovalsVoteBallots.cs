using System.Text.Json.Nodes;
using ProgramaBot.Approvals;
using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.Commission;

namespace ProgramaBot.Reminders.Nudges;

/// <summary>The same Universal Actions card the commission votes on, the member's personal copy.</summary>
internal sealed class ApprovalsVoteBallots(IApprovalStore store, CommissionRoster roster, RequestCardRenderer cards) : IVoteBallots
{
    public async Task<JsonObject?> BallotAsync(PendingVote vote, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(vote.RequestId, cancellationToken) is not { } snapshot)
        {
            return null;
        }

        var current = await roster.CurrentAsync(cancellationToken);
        var member = current.Members.FirstOrDefault(m => m.HasAadObjectId(vote.Member.AadObjectId))
                     ?? current.Members.FirstOrDefault(m => m.HasTeamsId(vote.Member.TeamsId));
        return member is null ? null : cards.Render(snapshot, CardView.For(member), current);
    }
}
