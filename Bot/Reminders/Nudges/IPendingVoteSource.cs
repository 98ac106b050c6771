namespace ProgramaBot.Reminders.Nudges;

/// <summary>A commission member who has not yet voted on an open approval request.</summary>
public sealed record PendingVoteNudge(
    string RequestId,
    string Title,
    string ProgrammeItem,
    string MemberName,
    string? MemberTeamsId,
    string? MemberAadObjectId,
    DateTimeOffset PendingSince)
{
    /// <summary>The nudge's target in the notice log; the personal chat is resolved when sending.</summary>
    public string Target => "member:" + (MemberTeamsId ?? MemberAadObjectId);
}

/// <summary>
/// The votes still pending, as reminders needs them (approvals' <c>IPendingVotes</c> backs it in the bot;
/// tests script it).
/// </summary>
public interface IPendingVoteSource
{
    Task<IReadOnlyList<PendingVoteNudge>> ListAsync(CancellationToken cancellationToken);
}
