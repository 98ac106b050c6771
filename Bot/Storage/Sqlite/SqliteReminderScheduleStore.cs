using System.Globalization;
using System.Text.Json;
using ProgramaBot.Reminders.Schedule;

namespace ProgramaBot.Storage.Sqlite;

/// <summary>Run-time session and deadline dates; <c>version</c> is the optimistic-concurrency counter.</summary>
internal sealed class SqliteReminderScheduleStore(SqliteDatabase database) : IScheduleStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS reminder_schedule (
            entry_key TEXT PRIMARY KEY,
            body TEXT NOT NULL,
            version INTEGER NOT NULL);
        """;

    private readonly Lazy<Task> _schema = new(() => database.EnsureSchemaAsync(Schema, CancellationToken.None));

    public async Task<Versioned<ScheduleEntry>?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body, version FROM reminder_schedule WHERE entry_key = $key";
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new Versioned<ScheduleEntry>(JsonSerializer.Deserialize<ScheduleEntry>(reader.GetString(0))!,
                reader.GetInt64(1).ToString(CultureInfo.InvariantCulture))
            : null;
    }

    public async Task<IReadOnlyList<ScheduleEntry>> ListAsync(CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM reminder_schedule ORDER BY entry_key";
        var result = new List<ScheduleEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(JsonSerializer.Deserialize<ScheduleEntry>(reader.GetString(0))!);
        }

        return result;
    }

    public async Task<string?> TrySaveAsync(ScheduleEntry entry, string? expectedVersion, CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = expectedVersion is null
            ? "INSERT INTO reminder_schedule (entry_key, body, version) VALUES ($key, $body, 1) ON CONFLICT (entry_key) DO NOTHING RETURNING version"
            : "UPDATE reminder_schedule SET body = $body, version = version + 1 WHERE entry_key = $key AND version = $expected RETURNING version";
        command.Parameters.AddWithValue("$key", entry.Key);
        command.Parameters.AddWithValue("$body", JsonSerializer.Serialize(entry));
        if (expectedVersion is not null)
        {
            command.Parameters.AddWithValue("$expected", long.Parse(expectedVersion, CultureInfo.InvariantCulture));
        }

        return await command.ExecuteScalarAsync(cancellationToken) is long version
            ? version.ToString(CultureInfo.InvariantCulture)
            : null;
    }
}
