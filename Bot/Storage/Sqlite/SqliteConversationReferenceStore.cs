using System.Text.Json;
using Microsoft.Data.Sqlite;
using ProgramaBot.BotFramework.References;

namespace ProgramaBot.Storage.Sqlite;

internal sealed class SqliteConversationReferenceStore(SqliteDatabase database) : IConversationReferenceStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS conversation_references (
            conversation_id TEXT PRIMARY KEY,
            body TEXT NOT NULL,
            updated_at TEXT NOT NULL);
        """;

    private readonly Lazy<Task> _schema = new(() => database.EnsureSchemaAsync(Schema, CancellationToken.None));

    public async Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM conversation_references WHERE conversation_id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        return await command.ExecuteScalarAsync(cancellationToken) is string body
            ? JsonSerializer.Deserialize<ConversationReference>(body)
            : null;
    }

    public async Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO conversation_references (conversation_id, body, updated_at) VALUES ($id, $body, $at)
            ON CONFLICT (conversation_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at
            """;
        command.Parameters.AddWithValue("$id", reference.ConversationId);
        command.Parameters.AddWithValue("$body", JsonSerializer.Serialize(reference));
        command.Parameters.AddWithValue("$at", reference.UpdatedAt.ToString("O"));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task DeleteAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM conversation_references WHERE conversation_id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ConversationReference>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM conversation_references ORDER BY conversation_id";
        var result = new List<ConversationReference>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(JsonSerializer.Deserialize<ConversationReference>(reader.GetString(0))!);
        }

        return result;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _schema.Value;
        return await database.OpenAsync(cancellationToken);
    }
}
