using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ProgramaBot.BotFramework.References;

namespace ProgramaBot.Storage.AzureTables;

/// <summary>Conversation references in Azure Tables: one partition ("ref"), row key = encoded conversation id.</summary>
internal sealed class TableConversationReferenceStore(TableClients tables) : IConversationReferenceStore
{
    private const string Table = "ConversationReferences";
    private const string Partition = "ref";

    public async Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = await table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Encode(conversationId), cancellationToken: cancellationToken);
        return entity.HasValue ? Read(entity.Value!) : null;
    }

    public async Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = new TableEntity(Partition, TableKeys.Encode(reference.ConversationId))
        {
            ["Body"] = JsonSerializer.Serialize(reference),
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task DeleteAsync(string conversationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        await table.DeleteEntityAsync(Partition, TableKeys.Encode(conversationId), ETag.All, cancellationToken);
    }

    public async Task<IReadOnlyList<ConversationReference>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var result = new List<ConversationReference>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            result.Add(Read(entity));
        }

        return result;
    }

    private static ConversationReference Read(TableEntity entity)
        => JsonSerializer.Deserialize<ConversationReference>(entity.GetString("Body"))!;
}
