using ProgramaBot.Reminders.Subscriptions;

namespace ProgramaBot.Storage.Sqlite;

internal sealed class SqliteReminderSubscriptionStore(SqliteDatabase database) : ISubscriptionStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS reminder_subscriptions (
            conversation_id TEXT PRIMARY KEY,
            body TEXT NOT NULL);
        """;

    private readonly JsonRowTable<Subscription> _rows = new(database, "reminder_subscriptions", "conversation_id", Schema);

    public Task<Subscription?> GetAsync(string conversationId, CancellationToken cancellationToken)
        => _rows.GetAsync(conversationId, cancellationToken);

    public Task UpsertAsync(Subscription subscription, CancellationToken cancellationToken)
        => _rows.UpsertAsync(subscription.ConversationId, subscription, cancellationToken);

    public Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken)
        => _rows.DeleteAsync(conversationId, cancellationToken);

    public Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken)
        => _rows.ListAsync(cancellationToken);
}
