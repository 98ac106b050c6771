using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ProgramaBot.Reminders.Delivery;
using ProgramaBot.Reminders.Schedule;

namespace ProgramaBot.Storage.Sqlite;

/// <summary>The sent-notice log; every write is conditional on the row's <c>version</c>.</summary>
internal sealed class SqliteNoticeLog(SqliteDatabase database) : INoticeLog
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS notice_log (
            notice_id TEXT NOT NULL,
            target TEXT NOT NULL,
            body TEXT NOT NULL,
            version INTEGER NOT NULL,
            PRIMARY KEY (notice_id, target));
        """;

    private readonly Lazy<Task> _schema = new(() => database.EnsureSchemaAsync(Schema, CancellationToken.None));

    public async Task<Versioned<DeliveryRecord>?> GetAsync(string noticeId, string target, CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body, version FROM notice_log WHERE notice_id = $notice AND target = $target";
        command.Parameters.AddWithValue("$notice", noticeId);
        command.Parameters.AddWithValue("$target", target);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<Versioned<DeliveryRecord>>> ListAsync(IReadOnlyCollection<string> noticeIds, CancellationToken cancellationToken)
    {
        var result = new List<Versioned<DeliveryRecord>>();
        if (noticeIds.Count == 0)
        {
            return result;
        }

        await _schema.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var names = noticeIds.Select((id, i) =>
        {
            command.Parameters.AddWithValue($"$n{i}", id);
            return $"$n{i}";
        }).ToList();
        command.CommandText = $"SELECT body, version FROM notice_log WHERE notice_id IN ({string.Join(',', names)})";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(Read(reader));
        }

        return result;
    }

    public Task<string?> TryInsertAsync(DeliveryRecord record, CancellationToken cancellationToken)
        => WriteAsync(
            "INSERT INTO notice_log (notice_id, target, body, version) VALUES ($notice, $target, $body, 1) ON CONFLICT DO NOTHING RETURNING version",
            record, expectedVersion: null, cancellationToken);

    public Task<string?> TryReplaceAsync(DeliveryRecord record, string expectedVersion, CancellationToken cancellationToken)
        => WriteAsync(
            "UPDATE notice_log SET body = $body, version = version + 1 WHERE notice_id = $notice AND target = $target AND version = $expected RETURNING version",
            record, expectedVersion, cancellationToken);

    private async Task<string?> WriteAsync(string sql, DeliveryRecord record, string? expectedVersion, CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$notice", record.NoticeId);
        command.Parameters.AddWithValue("$target", record.Target);
        command.Parameters.AddWithValue("$body", JsonSerializer.Serialize(record));
        if (expectedVersion is not null)
        {
            if (!long.TryParse(expectedVersion, CultureInfo.InvariantCulture, out var expected))
            {
                return null;
            }

            command.Parameters.AddWithValue("$expected", expected);
        }

        return await command.ExecuteScalarAsync(cancellationToken) is long version ? version.ToString(CultureInfo.InvariantCulture) : null;
    }

    private static Versioned<DeliveryRecord> Read(SqliteDataReader reader)
        => new(JsonSerializer.Deserialize<DeliveryRecord>(reader.GetString(0))!, reader.GetInt64(1).ToString(CultureInfo.InvariantCulture));
}
