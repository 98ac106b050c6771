using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace ProgramaBot.Storage.AzureTables;

/// <summary>
/// Records kept as one JSON body per row in a single partition, keyed by an id (encoded for Azure's key rules).
/// Last writer wins: for facts that are replaced whole, not read-modified-written.
/// </summary>
internal sealed class JsonRowTable<T>(TableClients tables, string table, string partition) where T : class
{
    private const string Body = "Body";

    public async Task<T?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var client = await tables.GetAsync(table, cancellationToken);
        var entity = await client.GetEntityIfExistsAsync<TableEntity>(partition, TableKeys.Encode(id), cancellationToken: cancellationToken);
        return entity.HasValue ? Read(entity.Value!) : null;
    }

    public async Task UpsertAsync(string id, T value, CancellationToken cancellationToken)
    {
        var client = await tables.GetAsync(table, cancellationToken);
        var entity = new TableEntity(partition, TableKeys.Encode(id)) { [Body] = JsonSerializer.Serialize(value) };
        await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <returns>False when there was nothing to delete.</returns>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var client = await tables.GetAsync(table, cancellationToken);
        var response = await client.DeleteEntityAsync(partition, TableKeys.Encode(id), ETag.All, cancellationToken);
        return response.Status != 404;
    }

    public async Task<IReadOnlyList<T>> ListAsync(CancellationToken cancellationToken)
    {
        var client = await tables.GetAsync(table, cancellationToken);
        var result = new List<T>();
        await foreach (var entity in client.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            result.Add(Read(entity));
        }

        return result;
    }

    private static T Read(TableEntity entity) => JsonSerializer.Deserialize<T>(entity.GetString(Body))!;
}
