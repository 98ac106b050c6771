using ProgramaBot.Conversation;

namespace ProgramaBot.Storage.AzureTables;

internal sealed class TableConversationSubjectStore(TableClients tables) : IConversationSubjectStore
{
    private readonly JsonRowTable<ConversationSubject> _rows = new(tables, "ConversationSubjects", "subject");

    public Task<ConversationSubject?> GetAsync(string conversationId, CancellationToken cancellationToken)
        => _rows.GetAsync(conversationId, cancellationToken);

    public Task UpsertAsync(string conversationId, ConversationSubject subject, CancellationToken cancellationToken)
        => _rows.UpsertAsync(conversationId, subject, cancellationToken);
}
