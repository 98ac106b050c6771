using System.Text.Json;
using ProgramaBot.Reminders.Subscriptions;

namespace ProgramaBot.Storage.Sqlite;

internal sealed class SqliteReminderSubscriptionStore(SqliteDatabase database) : ISubscriptionStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS reminder_subscriptions (
            conversation_id TEXT PRIMARY KEY,
            body TEXT NOT NULL);
        """;

    private readonly Lazy<Task> _schema = new(() => database.EnsureSchemaAsync(Schema, CancellationToken.None));

    public async Task<Subscription?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM reminder_subscriptions WHERE conversation_id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        return await command.ExecuteScalarAsync(cancellationToken) is string body ? JsonSerializer.Deserialize<Subscription>(body) : null;
    }

    public async Task UpsertAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO reminder_subscriptions (conversation_id, body) VALUES ($id, $body)
            ON CONFLICT (conversation_id) DO UPDATE SET body = excluded.body
            """;
        command.Parameters.AddWithValue("$id", subscription.ConversationId);
        command.Parameters.AddWithValue("$body", JsonSerializer.Serialize(subscription));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM reminder_subscriptions WHERE conversation_id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM reminder_subscriptions ORDER BY conversation_id";
        var result = new List<Subscription>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(JsonSerializer.Deserialize<Subscription>(reader.GetString(0))!);
        }

        return result;
    }
}
