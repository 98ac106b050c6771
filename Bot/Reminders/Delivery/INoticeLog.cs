using ProgramaBot.Reminders.Schedule;

namespace ProgramaBot.Reminders.Delivery;

/// <summary>The sent-notice log. Every write is conditional, so two writers never both win.</summary>
public interface INoticeLog
{
    Task<Versioned<DeliveryRecord>?> GetAsync(string noticeId, string target, CancellationToken cancellationToken);

    Task<IReadOnlyList<Versioned<DeliveryRecord>>> ListAsync(IReadOnlyCollection<string> noticeIds, CancellationToken cancellationToken);

    /// <returns>The new version, or null when the row already exists.</returns>
    Task<string?> TryInsertAsync(DeliveryRecord record, CancellationToken cancellationToken);

    /// <returns>The new version, or null when the stored version is not <paramref name="expectedVersion"/>.</returns>
    Task<string?> TryReplaceAsync(DeliveryRecord record, string expectedVersion, CancellationToken cancellationToken);
}
