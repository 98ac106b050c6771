using ProgramaBot.Approvals.Storage;

namespace ProgramaBot.Approvals.Publishing;

/// <summary>
/// The recurring job that repairs what no click will: a card or an announcement left behind because the instance that
/// committed the change died, or the Connector failed. Changes younger than <see cref="Grace"/> are left to the click
/// that made them. Safe on several servers at once: the publisher's writes are conditional.
/// </summary>
public sealed class PublicationSweepJob(IApprovalStore store, RequestPublisher publisher, TimeProvider time, ILogger<PublicationSweepJob> logger)
{
    public const string RecurringId = "approvals-publication-sweep";

    /// <summary>Well beyond a click's own publishing, so the sweep does not race it.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    /// <returns>How many requests it caught up.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settledBefore = time.GetUtcNow() - Grace;
        var behind = (await store.ListBehindPublicationsAsync(cancellationToken)).Where(p => p.Publication.ChangedAt <= settledBefore).ToList();
        var caughtUp = 0;
        foreach (var stored in behind)
        {
            caughtUp += await publisher.SyncAsync(stored.RequestId, cancellationToken) ? 1 : 0;
        }

        if (behind.Count > 0)
        {
            logger.LogInformation("Publication sweep: {CaughtUp} of {Behind} requests left behind are caught up", caughtUp, behind.Count);
        }

        return caughtUp;
    }
}
