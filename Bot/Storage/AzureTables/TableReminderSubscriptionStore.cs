using ProgramaBot.Reminders.Subscriptions;

namespace ProgramaBot.Storage.AzureTables;

internal sealed class TableReminderSubscriptionStore(TableClients tables) : ISubscriptionStore
{
    private readonly JsonRowTable<Subscription> _rows = new(tables, "ReminderSubscriptions", "sub");

    public Task<Subscription?> GetAsync(string conversationId, CancellationToken cancellationToken)
        => _rows.GetAsync(conversationId, cancellationToken);

    public Task UpsertAsync(Subscription subscription, CancellationToken cancellationToken)
        => _rows.UpsertAsync(subscription.ConversationId, subscription, cancellationToken);

    public Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken)
        => _rows.DeleteAsync(conversationId, cancellationToken);

    public Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken)
        => _rows.ListAsync(cancellationToken);
}
