using ProgramaBot.Commission;

namespace ProgramaBot.Approvals;

/// <summary>Who still owes a vote: the one boundary the reminders feature's nudges read (Bot/Reminders/Nudges).</summary>
public interface IPendingVotes
{
    /// <summary>One row per (open request, roster member who has not voted on it).</summary>
    Task<IReadOnlyList<PendingVote>> ListPendingAsync(CancellationToken ct);
}

/// <param name="PendingSince">When the request was opened for voting.</param>
public sealed record PendingVote(string RequestId, string Title, string ProgrammeItem, CommissionMember Member, DateTimeOffset PendingSince);
