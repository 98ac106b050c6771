using ProgramaBot.Approvals.Requests;

namespace ProgramaBot.Approvals.Storage;

/// <summary>A request with its current votes, as read at <see cref="ApprovalRequest.Version"/>.</summary>
public sealed record ApprovalSnapshot(ApprovalRequest Request, IReadOnlyList<Vote> Votes);

/// <summary>
/// One read-modify-write: the request as it becomes (its Version one above <see cref="ExpectedVersion"/>),
/// the vote that changed (if any) and the audit lines to append — applied together or not at all, together with the
/// request's publication falling behind (<see cref="RequestPublication"/>). <see cref="At"/> is when it happened.
/// </summary>
public sealed record ApprovalChange(ApprovalRequest Updated, long ExpectedVersion, Vote? Vote, IReadOnlyList<AuditEntry> Audit, DateTimeOffset At);

/// <summary>
/// Requests, votes, their audit trail and their publication state. Implementations: SQLite (version columns),
/// Azure Tables (ETags).
/// </summary>
public interface IApprovalStore
{
    /// <summary>
    /// Stores a new request (Version 1) with its first audit lines and its publication (<see cref="RequestPublication.Posted"/>);
    /// false when the id is taken.
    /// </summary>
    Task<bool> CreateAsync(ApprovalRequest request, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken);

    Task<ApprovalSnapshot?> GetAsync(string requestId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApprovalSnapshot>> ListOpenAsync(CancellationToken cancellationToken);

    /// <summary>The audit trail in the order it was written.</summary>
    Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string requestId, CancellationToken cancellationToken);

    /// <summary>
    /// Applies the change only if the stored version is still the expected one; false when someone else won. In the same
    /// write the publication's TargetVersion becomes the new version, AnnouncementDue whether the request is decided and
    /// ChangedAt the change's time; what publishers wrote (CardVersion, AnnouncedAt, the claim) is kept.
    /// </summary>
    Task<bool> TryCommitAsync(ApprovalChange change, CancellationToken cancellationToken);

    /// <summary>Null when the request does not exist or was stored before publications were tracked (it counts as published).</summary>
    Task<StoredPublication?> GetPublicationAsync(string requestId, CancellationToken cancellationToken);

    /// <summary>Replaces the publication only if it is still as read with <paramref name="expectedToken"/>.</summary>
    /// <returns>The new token, or null when anyone (a commit or another publisher) wrote it since.</returns>
    Task<string?> TryReplacePublicationAsync(
        string requestId, RequestPublication publication, string expectedToken, CancellationToken cancellationToken);

    /// <summary>Every publication that is behind: card older than the request, or a decision not yet announced.</summary>
    Task<IReadOnlyList<StoredPublication>> ListBehindPublicationsAsync(CancellationToken cancellationToken);
}
