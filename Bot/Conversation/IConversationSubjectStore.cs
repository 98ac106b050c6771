namespace ProgramaBot.Conversation;

/// <summary>The last subject per conversation, in the shared store (SQLite or Azure Tables) so every instance sees it.</summary>
public interface IConversationSubjectStore
{
    Task<ConversationSubject?> GetAsync(string conversationId, CancellationToken cancellationToken);

    Task UpsertAsync(string conversationId, ConversationSubject subject, CancellationToken cancellationToken);
}
