using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.Commission;

namespace ProgramaBot.Approvals.Voting;

/// <summary>Open requests × roster members without a vote, oldest request first.</summary>
internal sealed class PendingVotes(IApprovalStore store, CommissionRoster roster) : IPendingVotes
{
    public async Task<IReadOnlyList<PendingVote>> ListPendingAsync(CancellationToken ct)
    {
        var open = await store.ListOpenAsync(ct);
        var members = (await roster.CurrentAsync(ct)).Members;
        return
        [
            .. open.SelectMany(snapshot => Tally.Of(members, snapshot.Votes).Pending.Select(member => new PendingVote(
                snapshot.Request.Id, snapshot.Request.Title, snapshot.Request.ProgrammeItem, member, snapshot.Request.CreatedAt))),
        ];
    }
}
