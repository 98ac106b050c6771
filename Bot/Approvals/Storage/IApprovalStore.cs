using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Voting;

namespace ProgramaBot.Approvals.Storage;

/// <summary>A request with its current votes, as read at <see cref="ApprovalRequest.Version"/>.</summary>
public sealed record ApprovalSnapshot(ApprovalRequest Request, IReadOnlyList<Vote> Votes);

/// <summary>
/// One read-modify-write: the request as it becomes (its Version one above <see cref="ExpectedVersion"/>),
/// the vote that changed (if any) and the audit lines to append — applied together or not at all.
/// </summary>
public sealed record ApprovalChange(ApprovalRequest Updated, long ExpectedVersion, Vote? Vote, IReadOnlyList<AuditEntry> Audit);

/// <summary>Requests, votes and their audit trail. Implementations: SQLite (version column), Azure Tables (ETags).</summary>
public interface IApprovalStore
{
    /// <summary>Stores a new request (Version 1) with its first audit lines; false when the id is taken.</summary>
    Task<bool> CreateAsync(ApprovalRequest request, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken);

    Task<ApprovalSnapshot?> GetAsync(string requestId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApprovalSnapshot>> ListOpenAsync(CancellationToken cancellationToken);

    /// <summary>The audit trail in the order it was written.</summary>
    Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string requestId, CancellationToken cancellationToken);

    /// <summary>Applies the change only if the stored version is still the expected one; false when someone else won.</summary>
    Task<bool> TryCommitAsync(ApprovalChange change, CancellationToken cancellationToken);
}
