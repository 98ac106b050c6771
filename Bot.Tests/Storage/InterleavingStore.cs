using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Storage;

namespace ProgramaBot.Tests.Storage;

/// <summary>
/// Holds every read for a moment before handing it back, so concurrent voters really do read the same version and
/// race to commit (on a two-core machine they would otherwise mostly run one after another).
/// </summary>
public sealed class InterleavingStore(IApprovalStore inner) : IApprovalStore
{
    public async Task<ApprovalSnapshot?> GetAsync(string requestId, CancellationToken cancellationToken)
    {
        var snapshot = await inner.GetAsync(requestId, cancellationToken);
        await Task.Delay(Random.Shared.Next(1, 15), cancellationToken);
        return snapshot;
    }

    public Task<bool> CreateAsync(ApprovalRequest request, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken)
        => inner.CreateAsync(request, audit, cancellationToken);

    public Task<IReadOnlyList<ApprovalSnapshot>> ListOpenAsync(CancellationToken cancellationToken) => inner.ListOpenAsync(cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string requestId, CancellationToken cancellationToken)
        => inner.GetAuditAsync(requestId, cancellationToken);

    public Task<bool> TryCommitAsync(ApprovalChange change, CancellationToken cancellationToken) => inner.TryCommitAsync(change, cancellationToken);

    public Task<StoredPublication?> GetPublicationAsync(string requestId, CancellationToken cancellationToken)
        => inner.GetPublicationAsync(requestId, cancellationToken);

    public Task<string?> TryReplacePublicationAsync(
        string requestId, RequestPublication publication, string expectedToken, CancellationToken cancellationToken)
        => inner.TryReplacePublicationAsync(requestId, publication, expectedToken, cancellationToken);

    public Task<IReadOnlyList<StoredPublication>> ListBehindPublicationsAsync(CancellationToken cancellationToken)
        => inner.ListBehindPublicationsAsync(cancellationToken);
}
