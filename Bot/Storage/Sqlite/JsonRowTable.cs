using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ProgramaBot.Storage.Sqlite;

/// <summary>
/// Records kept as one JSON body per row (column <c>body</c>), keyed by an id column: the SQLite side of
/// <see cref="AzureTables.JsonRowTable{T}"/>. Last writer wins: for facts that are replaced whole, not read-modified-written
/// (those use <see cref="VersionedJsonRowTable{T}"/>). The owning store keeps its table's DDL, run once before first use,
/// so the table and column names are those of the files already written.
/// </summary>
internal sealed class JsonRowTable<T>(SqliteDatabase database, string table, string key, string schema, params JsonRowColumn<T>[] columns)
    where T : class
{
    private readonly Lazy<Task> _schema = new(() => database.EnsureSchemaAsync(schema, CancellationToken.None));

    /// <summary>Every written column: the key, the body, then the plain columns, bound as $p0, $p1, ….</summary>
    private readonly IReadOnlyList<string> _written = [key, "body", .. columns.Select(c => c.Name)];

    /// <summary>The one-row read, made once (every question reads the conversation's memory through it).</summary>
    private readonly string _select = $"SELECT body FROM {table} WHERE {key} = $id";

    public Task<T?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!_schema.IsValueCreated || !_schema.Value.IsCompletedSuccessfully || cancellationToken.IsCancellationRequested)
        {
            return GetSlowAsync(id, cancellationToken);
        }

        // Once the table exists, in place: Microsoft.Data.Sqlite's async methods run synchronously anyway (SQLite has
        // no asynchronous I/O), and every question reads the conversation's memory here; this spares the tasks of
        // each awaited step, and the statement is prepared once (SqliteDatabase.ReadRow), the body parsed from SQLite's
        // own bytes. Failures still arrive as a faulted task, as from the async path.
        try
        {
            return _parsedRows is { } parsedRows
                ? database.ReadRow(_select, id, parsedRows.Parser) ?? NoRow
                : Task.FromResult(database.ReadRow(_select, id, ParseUtf8));
        }
        catch (Exception e)
        {
            return Task.FromException<T?>(e);
        }
    }

    /// <summary>
    /// Records of this table are never changed once made (positional records): equal bodies read on
    /// <see cref="GetAsync"/> may then share one parsed record (<see cref="ParsedRowCache{T}"/>) instead of a parse per read.
    /// </summary>
    public bool ImmutableRecords
    {
        get => _parsedRows is not null;
        init => _parsedRows = value ? new ParsedRowCache<T>() : null;
    }

    private readonly ParsedRowCache<T>? _parsedRows;

    private static readonly Task<T?> NoRow = Task.FromResult<T?>(null);

    private static readonly Utf8RowParser<T> ParseUtf8 = utf8 => JsonSerializer.Deserialize<T>(utf8)!;

    private async Task<T?> GetSlowAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = _select;
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync(cancellationToken) is string body ? Read(body) : null;
    }

    public async Task UpsertAsync(string id, T value, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Insert(connection, id, value, _onConflictUpdate);

        // One write at a time from this process (see SqliteDatabase.WriteGate): queued here, not in SQLite's busy handler.
        await database.WriteGate.WaitAsync(cancellationToken);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            database.WriteGate.Release();
        }
    }

    /// <summary>
    /// <see cref="UpsertAsync"/> for rows that may be lost after a power cut or an OS crash (see
    /// <see cref="SqliteDatabase.WriteLosableAsync"/>): the conversation's short memory. Key and body only.
    /// </summary>
    public async Task UpsertLosableAsync(string id, T value, CancellationToken cancellationToken)
    {
        if (columns.Length > 0)
        {
            throw new InvalidOperationException($"{table} has plain columns: write it with UpsertAsync.");
        }

        await _schema.Value;
        await database.WriteLosableAsync(_upsertSql, id, JsonSerializer.Serialize(value), cancellationToken);
    }

    private string _upsertSql => field ??= $"INSERT INTO {table} ({key}, body) VALUES ($p0, $p1) {_onConflictUpdate}";

    /// <summary>The upsert's conflict clause, made once: every answered question writes its conversation's subject.</summary>
    private string _onConflictUpdate => field ??= $"ON CONFLICT ({key}) DO UPDATE SET {string.Join(", ", _written.Skip(1).Select(c => $"{c} = excluded.{c}"))}";

    /// <summary>Adds the row once; false when one with that id is already there (it stays as it was).</summary>
    public async Task<bool> TryInsertAsync(string id, T value, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await TryInsertAsync(connection, id, value, cancellationToken);
    }

    /// <summary>The same, on a connection the caller opened (and perhaps a transaction it began) after the schema is ready.</summary>
    public async Task<bool> TryInsertAsync(SqliteConnection connection, string id, T value, CancellationToken cancellationToken)
    {
        await using var command = Insert(connection, id, value, $"ON CONFLICT ({key}) DO NOTHING");
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    /// <returns>False when there was nothing to delete.</returns>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"DELETE FROM {table} WHERE {key} = $id";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    /// <summary>Every row, in key order.</summary>
    public async Task<IReadOnlyList<T>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT body FROM {table} ORDER BY {key}";
        var result = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(Read(reader.GetString(0)));
        }

        return result;
    }

    /// <summary>How many rows there are; only the count travels.</summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>A connection to the database once this table exists.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _schema.Value;
        return await database.OpenAsync(cancellationToken);
    }

    private SqliteCommand Insert(SqliteConnection connection, string id, T value, string onConflict)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", _written)}) VALUES ({string.Join(", ", _written.Select((_, i) => $"$p{i}"))}) {onConflict}";
        command.Parameters.AddWithValue("$p0", id);
        command.Parameters.AddWithValue("$p1", JsonSerializer.Serialize(value));
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.AddWithValue($"$p{i + 2}", columns[i].Value(value));
        }

        return command;
    }

    private static T Read(string body) => JsonSerializer.Deserialize<T>(body)!;
}

/// <summary>
/// A plain column written beside the JSON body from the record (a date, a year), for queries and for people reading the
/// table; the body stays the record.
/// </summary>
internal sealed record JsonRowColumn<T>(string Name, Func<T, object> Value);
