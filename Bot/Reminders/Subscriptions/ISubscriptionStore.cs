namespace ProgramaBot.Reminders.Subscriptions;

/// <summary>Subscribed conversations. Subscribing twice or unsubscribing twice is harmless (idempotent writes).</summary>
public interface ISubscriptionStore
{
    Task<Subscription?> GetAsync(string conversationId, CancellationToken cancellationToken);

    Task UpsertAsync(Subscription subscription, CancellationToken cancellationToken);

    /// <returns>False when there was nothing to remove.</returns>
    Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken);
}
