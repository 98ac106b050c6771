using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ProgramaBot.Reminders.Subscriptions;

namespace ProgramaBot.Storage.AzureTables;

internal sealed class TableReminderSubscriptionStore(TableClients tables) : ISubscriptionStore
{
    private const string Table = "ReminderSubscriptions";
    private const string Partition = "sub";

    public async Task<Subscription?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = await table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Encode(conversationId), cancellationToken: cancellationToken);
        return entity.HasValue ? Read(entity.Value!) : null;
    }

    public async Task UpsertAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = new TableEntity(Partition, TableKeys.Encode(subscription.ConversationId)) { ["Body"] = JsonSerializer.Serialize(subscription) };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var response = await table.DeleteEntityAsync(Partition, TableKeys.Encode(conversationId), ETag.All, cancellationToken);
        return response.Status != 404;
    }

    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var result = new List<Subscription>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            result.Add(Read(entity));
        }

        return result;
    }

    private static Subscription Read(TableEntity entity) => JsonSerializer.Deserialize<Subscription>(entity.GetString("Body"))!;
}
