using ProgramaBot.Conversation;

namespace ProgramaBot.Storage.Sqlite;

internal sealed class SqliteConversationSubjectStore(SqliteDatabase database) : IConversationSubjectStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS conversation_subjects (
            conversation_id TEXT PRIMARY KEY,
            body TEXT NOT NULL);
        """;

    /// <summary>A subject is a positional record, never changed: readers of the same stored subject may share one.</summary>
    private readonly JsonRowTable<ConversationSubject> _rows = new(database, "conversation_subjects", "conversation_id", Schema) { ImmutableRecords = true };

    public Task<ConversationSubject?> GetAsync(string conversationId, CancellationToken cancellationToken)
        => _rows.GetAsync(conversationId, cancellationToken);

    /// <summary>A short memory (30 minutes): written without the per-commit fsync, see <see cref="SqliteDatabase.WriteLosableAsync"/>.</summary>
    public Task UpsertAsync(string conversationId, ConversationSubject subject, CancellationToken cancellationToken)
        => _rows.UpsertLosableAsync(conversationId, subject, cancellationToken);
}
