using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ProgramaBot.Storage.Sqlite;

/// <summary>
/// Records kept as one JSON body per row, keyed by an id column, with a version column as the concurrency token (what the
/// ETag is on the Azure side, <see cref="AzureTables.TableConditionalWrites"/>): insert-if-absent starts it at 1,
/// replace-if-version-matches adds 1, and a write another writer beat answers null instead of throwing.
/// </summary>
internal sealed class VersionedJsonRowTable<T>(SqliteDatabase database, string table, string key, string version, string schema)
    where T : class
{
    /// <summary>The same table read without versions: listing and opening a connection once the table exists.</summary>
    private readonly JsonRowTable<T> _rows = new(database, table, key, schema);

    public async Task<VersionedRow<T>?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT body, {version} FROM {table} WHERE {key} = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new VersionedRow<T>(Read(reader.GetString(0)), reader.GetInt64(1).ToString(CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>Every row, in key order (the unversioned view of the same table).</summary>
    public Task<IReadOnlyList<T>> ListAsync(CancellationToken cancellationToken) => _rows.ListAsync(cancellationToken);

    /// <summary>Inserts when <paramref name="expectedVersion"/> is null, else replaces the row still at that version.</summary>
    /// <returns>The row's new version; null when another writer won (or the version is not one this table gave).</returns>
    public async Task<string?> TryWriteAsync(string id, T value, string? expectedVersion, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await TryWriteAsync(connection, id, value, expectedVersion, cancellationToken);
    }

    /// <summary>The same, on a connection the caller opened (and perhaps a transaction it began) with <see cref="OpenAsync"/>.</summary>
    public async Task<string?> TryWriteAsync(
        SqliteConnection connection, string id, T value, string? expectedVersion, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = expectedVersion is null
            ? $"INSERT INTO {table} ({key}, body, {version}) VALUES ($id, $body, 1) ON CONFLICT ({key}) DO NOTHING RETURNING {version}"
            : $"UPDATE {table} SET body = $body, {version} = {version} + 1 WHERE {key} = $id AND {version} = $expected RETURNING {version}";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$body", JsonSerializer.Serialize(value));
        if (expectedVersion is not null)
        {
            if (ParseVersion(expectedVersion) is not { } expected)
            {
                return null;
            }

            command.Parameters.AddWithValue("$expected", expected);
        }

        return await command.ExecuteScalarAsync(cancellationToken) is long written ? written.ToString(CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A connection to the database once this table exists.</summary>
    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _rows.OpenAsync(cancellationToken);

    /// <summary>The number a version token stands for; null for a token this table cannot have given.</summary>
    public static long? ParseVersion(string token)
        => long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    private static T Read(string body) => JsonSerializer.Deserialize<T>(body)!;
}

/// <summary>A record read with the version its next conditional write must name.</summary>
internal sealed record VersionedRow<T>(T Value, string Version);
