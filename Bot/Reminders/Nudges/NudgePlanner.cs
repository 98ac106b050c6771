using Microsoft.Extensions.Options;
using ProgramaBot.Approvals;
using ProgramaBot.Time;

namespace ProgramaBot.Reminders.Nudges;

/// <summary>Vote nudges: who still owes a vote, as approvals says (<see cref="IPendingVotes"/>), planned by <see cref="NudgePlan"/>.</summary>
public sealed class NudgePlanner(IPendingVotes pending, CommissionClock clock, IOptions<ReminderOptions> options)
{
    /// <summary>The nudges due now; the due scan offers them like any notice.</summary>
    public async Task<IReadOnlyList<(string NoticeId, string Target)>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
        => NudgePlan.Due(await pending.ListPendingAsync(cancellationToken), now, clock.Zone, options.Value.NudgeDelay);

    /// <summary>The vote <paramref name="nudge"/> is about, while it is still pending (null once voted or closed).</summary>
    public async Task<PendingVote?> StillPendingAsync(VoteNudgeId nudge, string target, CancellationToken cancellationToken)
        => (await pending.ListPendingAsync(cancellationToken))
            .FirstOrDefault(p => p.RequestId == nudge.RequestId && NudgePlan.TargetOf(p) == target);
}
