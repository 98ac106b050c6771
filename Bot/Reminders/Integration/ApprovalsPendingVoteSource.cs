using ProgramaBot.Approvals;
using ProgramaBot.Reminders.Nudges;

namespace ProgramaBot.Reminders.Integration;

/// <summary>Approvals' pending votes, as nudges need them.</summary>
internal sealed class ApprovalsPendingVoteSource(IPendingVotes pending) : IPendingVoteSource
{
    public async Task<IReadOnlyList<PendingVoteNudge>> ListAsync(CancellationToken cancellationToken)
        => [.. (await pending.ListPendingAsync(cancellationToken)).Select(v => new PendingVoteNudge(
            v.RequestId, v.Title, v.ProgrammeItem, v.Member.Name, v.Member.TeamsId, v.Member.AadObjectId, v.PendingSince))];
}
