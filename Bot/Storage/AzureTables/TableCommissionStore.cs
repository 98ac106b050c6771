using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ProgramaBot.Commission;

namespace ProgramaBot.Storage.AzureTables;

/// <summary>
/// The commission set up from Teams, in one partition: the current row (its ETag is the concurrency token) and one
/// history row per revision, written together in one transaction so the audit trail never misses a save.
/// </summary>
internal sealed class TableCommissionStore(TableClients tables) : ICommissionStore
{
    private const string Table = "Commission";
    private const string Partition = "commission";
    private const string CurrentRow = "current";
    private const string HistoryPrefix = "revision-";
    private const string Body = "Body";

    public async Task<VersionedCommission?> GetAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = await table.GetEntityIfExistsAsync<TableEntity>(Partition, CurrentRow, cancellationToken: cancellationToken);
        return entity.HasValue ? new VersionedCommission(Read(entity.Value!), entity.Value!.ETag.ToString()) : null;
    }

    public async Task<string?> TrySaveAsync(StoredCommission commission, string? expectedVersion, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var current = await table.GetEntityIfExistsAsync<TableEntity>(Partition, CurrentRow, cancellationToken: cancellationToken);
        if (current.HasValue != (expectedVersion is not null)
            || (current.HasValue && current.Value!.ETag.ToString() != expectedVersion))
        {
            return null;
        }

        var revision = current.HasValue ? Read(current.Value!).Revision + 1 : 1;
        var body = JsonSerializer.Serialize(commission with { Revision = revision });
        var row = new TableEntity(Partition, CurrentRow) { [Body] = body };
        // Add fails if another first set-up landed; UpdateReplace fails if the row moved since it was read (412).
        TableTransactionAction write = current.HasValue
            ? new(TableTransactionActionType.UpdateReplace, row, current.Value!.ETag)
            : new(TableTransactionActionType.Add, row);
        var history = new TableEntity(Partition, HistoryPrefix + revision.ToString("D10", CultureInfo.InvariantCulture)) { [Body] = body };
        try
        {
            var responses = await table.SubmitTransactionAsync([write, new(TableTransactionActionType.Add, history)], cancellationToken);
            return responses.Value[0].Headers.ETag?.ToString()
                ?? (await table.GetEntityAsync<TableEntity>(Partition, CurrentRow, cancellationToken: cancellationToken)).Value.ETag.ToString();
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return null;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<StoredCommission>> HistoryAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {HistoryPrefix} and RowKey lt {HistoryPrefix + "~"}");
        var result = new List<StoredCommission>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            result.Add(Read(entity));
        }

        return [.. result.OrderBy(c => c.Revision)];
    }

    private static StoredCommission Read(TableEntity entity) => JsonSerializer.Deserialize<StoredCommission>(entity.GetString(Body))!;
}
