using ProgramaBot.Commission;

namespace ProgramaBot.Storage.Sqlite;

/// <summary>
/// The commission set up from Teams: one current row (id 1; its revision is the concurrency token) and every revision
/// kept, written together in one transaction so the audit trail never misses a save.
/// </summary>
internal sealed class SqliteCommissionStore(SqliteDatabase database) : ICommissionStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS commission (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            body TEXT NOT NULL,
            revision INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS commission_history (
            revision INTEGER PRIMARY KEY,
            body TEXT NOT NULL);
        """;

    /// <summary>The one row of <c>commission</c> (SQLite stores the key as the integer its column wants).</summary>
    private const string Current = "1";

    private readonly VersionedJsonRowTable<StoredCommission> _current = new(database, "commission", "id", "revision", Schema);
    private readonly JsonRowTable<StoredCommission> _history = new(database, "commission_history", "revision", Schema);

    public async Task<VersionedCommission?> GetAsync(CancellationToken cancellationToken)
        => await _current.GetAsync(Current, cancellationToken) is { } row ? new VersionedCommission(row.Value, row.Version) : null;

    public async Task<string?> TrySaveAsync(StoredCommission commission, string? expectedVersion, CancellationToken cancellationToken)
    {
        long? expected = expectedVersion is null ? 0 : VersionedJsonRowTable<StoredCommission>.ParseVersion(expectedVersion);
        if (expected is null)
        {
            return null;
        }

        var saved = commission with { Revision = (int)(expected.Value + 1) };
        await using var connection = await _current.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var revision = await _current.TryWriteAsync(connection, Current, saved, expectedVersion, cancellationToken);
        if (revision is null)
        {
            return null;
        }

        await _history.TryInsertAsync(connection, revision, saved, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return revision;
    }

    public Task<IReadOnlyList<StoredCommission>> HistoryAsync(CancellationToken cancellationToken)
        => _history.ListAsync(cancellationToken);
}
