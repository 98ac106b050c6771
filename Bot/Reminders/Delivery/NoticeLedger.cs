using Microsoft.Extensions.Options;
using ProgramaBot.Reminders.Schedule;

namespace ProgramaBot.Reminders.Delivery;

/// <summary>
/// The lease protocol over the sent-notice log. The scan offers a delivery (writes Pending with a lease and gets
/// a ticket = the row's version); the send job takes it by that exact ticket before sending and marks it Sent
/// after. A second run of the same job, a retry or another server holds a stale ticket and loses the race; a
/// crash leaves the row Pending and the scan offers it again once the lease ends — never lost, never doubled
/// (except for a crash in the instant between the Connector's answer and the Sent write).
/// </summary>
public sealed class NoticeLedger(INoticeLog log, IOptions<ReminderOptions> options, TimeProvider time)
{
    /// <returns>The ticket for the send job, or null when another scan offered it first.</returns>
    public Task<string?> TryOfferAsync(DeliveryDecision decision, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var record = new DeliveryRecord(decision.NoticeId, decision.Target, DeliveryState.Pending, decision.Attempts,
            now + options.Value.DeliveryLease, now);
        return decision.ExpectedVersion is null
            ? log.TryInsertAsync(record, cancellationToken)
            : log.TryReplaceAsync(record, decision.ExpectedVersion, cancellationToken);
    }

    /// <summary>Gives up a delivery the scan found exhausted.</summary>
    public Task<string?> TryAbandonExhaustedAsync(DeliveryDecision decision, CancellationToken cancellationToken)
    {
        var record = new DeliveryRecord(decision.NoticeId, decision.Target, DeliveryState.Abandoned, decision.Attempts - 1,
            time.GetUtcNow(), time.GetUtcNow(), Note: "too many attempts");
        return log.TryReplaceAsync(record, decision.ExpectedVersion!, cancellationToken);
    }

    /// <summary>Takes the delivery for sending, proving the ticket is still the current version.</summary>
    public async Task<Versioned<DeliveryRecord>?> TryTakeAsync(string noticeId, string target, string ticket, CancellationToken cancellationToken)
    {
        if (await log.GetAsync(noticeId, target, cancellationToken) is not { } row
            || row.Version != ticket || row.Value.State != DeliveryState.Pending)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var taken = row.Value with { LeaseUntil = now + options.Value.DeliveryLease, UpdatedAt = now };
        return await log.TryReplaceAsync(taken, ticket, cancellationToken) is { } version ? new(taken, version) : null;
    }

    public Task<string?> MarkSentAsync(Versioned<DeliveryRecord> taken, string? activityId, CancellationToken cancellationToken)
        => SettleAsync(taken, DeliveryState.Sent, activityId, note: null, cancellationToken);

    public Task<string?> AbandonAsync(Versioned<DeliveryRecord> taken, string reason, CancellationToken cancellationToken)
        => SettleAsync(taken, DeliveryState.Abandoned, activityId: null, reason, cancellationToken);

    /// <summary>Hands the delivery back to the scan after <paramref name="delay"/> (transient failure).</summary>
    public Task<string?> ReleaseAsync(Versioned<DeliveryRecord> taken, TimeSpan delay, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return log.TryReplaceAsync(taken.Value with { LeaseUntil = now + delay, UpdatedAt = now, Note = reason }, taken.Version, cancellationToken);
    }

    private Task<string?> SettleAsync(
        Versioned<DeliveryRecord> taken, DeliveryState state, string? activityId, string? note, CancellationToken cancellationToken)
        => log.TryReplaceAsync(
            taken.Value with { State = state, UpdatedAt = time.GetUtcNow(), ActivityId = activityId, Note = note },
            taken.Version,
            cancellationToken);
}
