using System.Text.Json;
using Azure.Data.Tables;
using ProgramaBot.Reminders.Schedule;

namespace ProgramaBot.Storage.AzureTables;

/// <summary>Run-time session and deadline dates in one partition; the entity ETag is the concurrency token.</summary>
internal sealed class TableReminderScheduleStore(TableClients tables) : IScheduleStore
{
    private const string Table = "ReminderSchedule";
    private const string Partition = "schedule";

    public async Task<Versioned<ScheduleEntry>?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = await table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Encode(key), cancellationToken: cancellationToken);
        return entity.HasValue ? new(Read(entity.Value!), entity.Value!.ETag.ToString()) : null;
    }

    public async Task<IReadOnlyList<ScheduleEntry>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var result = new List<ScheduleEntry>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            result.Add(Read(entity));
        }

        return [.. result.OrderBy(e => e.Key, StringComparer.Ordinal)];
    }

    public async Task<string?> TrySaveAsync(ScheduleEntry entry, string? expectedVersion, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = new TableEntity(Partition, TableKeys.Encode(entry.Key)) { ["Body"] = JsonSerializer.Serialize(entry) };
        return await TableConditionalWrites.TryWriteAsync(table, entity, expectedVersion, cancellationToken);
    }

    private static ScheduleEntry Read(TableEntity entity) => JsonSerializer.Deserialize<ScheduleEntry>(entity.GetString("Body"))!;
}
