using ProgramaBot.Approvals.Storage;

namespace ProgramaBot.Approvals.Voting;

public enum VoteResultKind
{
    /// <summary>The vote was stored (new or changed).</summary>
    Recorded,

    /// <summary>The same vote was already stored (a double click): nothing written.</summary>
    Unchanged,

    /// <summary>The request was decided before this vote: nothing written.</summary>
    AlreadyDecided,

    /// <summary>The card was older than the request in a way that makes the click ambiguous: nothing written.</summary>
    Stale,

    NotFound,
}

/// <param name="DecidedNow">True only for the one vote whose commit decided the request.</param>
public sealed record VoteOutcome(VoteResultKind Kind, ApprovalSnapshot? Snapshot, bool DecidedNow = false);
