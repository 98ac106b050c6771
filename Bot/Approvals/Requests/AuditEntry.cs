namespace ProgramaBot.Approvals.Requests;

/// <summary>One line of a request's append-only history: who did what, when, from which conversation.</summary>
public sealed record AuditEntry(
    DateTimeOffset At,
    string Actor,
    string? ActorId,
    string Action,
    string? Detail,
    string? ConversationId)
{
    public const string Created = "created";
    public const string Posted = "posted";
    public const string Voted = "voted";
    public const string VoteChanged = "vote-changed";
    public const string Decided = "decided";

    /// <summary>Assigned by the store: orders the trail; never reused.</summary>
    public long Sequence { get; init; }
}
