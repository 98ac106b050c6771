using ProgramaBot.BotFramework.References;

namespace ProgramaBot.Storage.AzureTables;

/// <summary>Conversation references in Azure Tables: one partition ("ref"), row key = encoded conversation id.</summary>
internal sealed class TableConversationReferenceStore(TableClients tables) : IConversationReferenceStore
{
    private readonly JsonRowTable<ConversationReference> _rows = new(tables, "ConversationReferences", "ref");

    public Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken)
        => _rows.GetAsync(conversationId, cancellationToken);

    public Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken)
        => _rows.UpsertAsync(reference.ConversationId, reference, cancellationToken);

    public Task DeleteAsync(string conversationId, CancellationToken cancellationToken)
        => _rows.DeleteAsync(conversationId, cancellationToken);

    public Task<IReadOnlyList<ConversationReference>> ListAsync(CancellationToken cancellationToken)
        => _rows.ListAsync(cancellationToken);
}
