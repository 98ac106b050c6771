using System.Text.Json;
using ProgramaBot.Conversation;

namespace ProgramaBot.Storage.Sqlite;

internal sealed class SqliteConversationSubjectStore(SqliteDatabase database) : IConversationSubjectStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS conversation_subjects (
            conversation_id TEXT PRIMARY KEY,
            body TEXT NOT NULL);
        """;

    private readonly Lazy<Task> _schema = new(() => database.EnsureSchemaAsync(Schema, CancellationToken.None));

    public async Task<ConversationSubject?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM conversation_subjects WHERE conversation_id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        return await command.ExecuteScalarAsync(cancellationToken) is string body ? JsonSerializer.Deserialize<ConversationSubject>(body) : null;
    }

    public async Task UpsertAsync(string conversationId, ConversationSubject subject, CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO conversation_subjects (conversation_id, body) VALUES ($id, $body)
            ON CONFLICT (conversation_id) DO UPDATE SET body = excluded.body
            """;
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$body", JsonSerializer.Serialize(subject));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
