using System.Text.Json;
using Azure.Data.Tables;
using ProgramaBot.Reminders.Delivery;
using ProgramaBot.Reminders.Schedule;

namespace ProgramaBot.Storage.AzureTables;

/// <summary>The sent-notice log: partition = notice, row = target; every write is conditional on the ETag.</summary>
internal sealed class TableNoticeLog(TableClients tables) : INoticeLog
{
    private const string Table = "NoticeLog";

    public async Task<Versioned<DeliveryRecord>?> GetAsync(string noticeId, string target, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(noticeId), TableKeys.Encode(target),
            cancellationToken: cancellationToken);
        return entity.HasValue ? Read(entity.Value!) : null;
    }

    public async Task<IReadOnlyList<Versioned<DeliveryRecord>>> ListAsync(IReadOnlyCollection<string> noticeIds, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var result = new List<Versioned<DeliveryRecord>>();
        // One partition per notice: a scan reads only the few notices due now, each a single-partition query.
        foreach (var noticeId in noticeIds)
        {
            var partition = TableKeys.Encode(noticeId);
            await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
            {
                result.Add(Read(entity));
            }
        }

        return result;
    }

    public async Task<string?> TryInsertAsync(DeliveryRecord record, CancellationToken cancellationToken)
        => await TableConditionalWrites.TryWriteAsync(await tables.GetAsync(Table, cancellationToken), ToEntity(record), null, cancellationToken);

    public async Task<string?> TryReplaceAsync(DeliveryRecord record, string expectedVersion, CancellationToken cancellationToken)
        => await TableConditionalWrites.TryWriteAsync(await tables.GetAsync(Table, cancellationToken), ToEntity(record), expectedVersion, cancellationToken);

    private static TableEntity ToEntity(DeliveryRecord record)
        => new(TableKeys.Encode(record.NoticeId), TableKeys.Encode(record.Target)) { ["Body"] = JsonSerializer.Serialize(record) };

    private static Versioned<DeliveryRecord> Read(TableEntity entity)
        => new(JsonSerializer.Deserialize<DeliveryRecord>(entity.GetString("Body"))!, entity.ETag.ToString());
}
