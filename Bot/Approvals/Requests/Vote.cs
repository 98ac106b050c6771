namespace ProgramaBot.Approvals.Requests;

public enum VoteChoice
{
    Approve,
    Reject,
}

/// <summary>A member's current vote on a request (a changed vote replaces it; the audit keeps the history).</summary>
public sealed record Vote(
    string MemberKey,
    string MemberName,
    VoteChoice Choice,
    string? Comment,
    DateTimeOffset At,
    string? ConversationId);
