namespace ProgramaBot.BotFramework.References;

/// <summary>Conversation references, keyed by conversation id. Implementations: SQLite (default), Azure Tables.</summary>
public interface IConversationReferenceStore
{
    Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces (last writer wins: a reference is a fact about the latest activity).</summary>
    Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken);

    Task DeleteAsync(string conversationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ConversationReference>> ListAsync(CancellationToken cancellationToken);
}
