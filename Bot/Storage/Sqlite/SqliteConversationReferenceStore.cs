using ProgramaBot.BotFramework.References;

namespace ProgramaBot.Storage.Sqlite;

/// <summary>Conversation references: row key = conversation id; <c>updated_at</c> beside the body for people reading the table.</summary>
internal sealed class SqliteConversationReferenceStore(SqliteDatabase database) : IConversationReferenceStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS conversation_references (
            conversation_id TEXT PRIMARY KEY,
            body TEXT NOT NULL,
            updated_at TEXT NOT NULL);
        """;

    private readonly JsonRowTable<ConversationReference> _rows = new(database, "conversation_references", "conversation_id", Schema,
        new JsonRowColumn<ConversationReference>("updated_at", r => r.UpdatedAt.ToString("O")));

    public Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken)
        => _rows.GetAsync(conversationId, cancellationToken);

    public Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken)
        => _rows.UpsertAsync(reference.ConversationId, reference, cancellationToken);

    public Task DeleteAsync(string conversationId, CancellationToken cancellationToken)
        => _rows.DeleteAsync(conversationId, cancellationToken);

    public Task<IReadOnlyList<ConversationReference>> ListAsync(CancellationToken cancellationToken)
        => _rows.ListAsync(cancellationToken);
}
