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

    private readonly VersionedJsonRowTable<ScheduleEntry> _rows = new(database, "reminder_schedule", "entry_key", "version", Schema);

    public async Task<Versioned<ScheduleEntry>?> GetAsync(string key, CancellationToken cancellationToken)
        => await _rows.GetAsync(key, cancellationToken) is { } row ? new Versioned<ScheduleEntry>(row.Value, row.Version) : null;

    public Task<IReadOnlyList<ScheduleEntry>> ListAsync(CancellationToken cancellationToken)
        => _rows.ListAsync(cancellationToken);

    public Task<string?> TrySaveAsync(ScheduleEntry entry, string? expectedVersion, CancellationToken cancellationToken)
        => _rows.TryWriteAsync(entry.Key, entry, expectedVersion, cancellationToken);
}
