using System.Globalization;
using System.Text.Json;
using ProgramaBot.Commission;

namespace ProgramaBot.Storage.Sqlite;

/// <summary>The commission set up from Teams: one current row (its revision is the concurrency token) and every revision kept.</summary>
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

    private readonly Lazy<Task> _schema = new(() => database.EnsureSchemaAsync(Schema, CancellationToken.None));

    public async Task<VersionedCommission?> GetAsync(CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body, revision FROM commission WHERE id = 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new VersionedCommission(JsonSerializer.Deserialize<StoredCommission>(reader.GetString(0))!,
                reader.GetInt64(1).ToString(CultureInfo.InvariantCulture))
            : null;
    }

    public async Task<string?> TrySaveAsync(StoredCommission commission, string? expectedVersion, CancellationToken cancellationToken)
    {
        await _schema.Value;
        long? expected = null;
        if (expectedVersion is not null)
        {
            if (!long.TryParse(expectedVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return null;
            }

            expected = parsed;
        }

        var revision = (expected ?? 0) + 1;
        var body = JsonSerializer.Serialize(commission with { Revision = (int)revision });
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await using (var write = connection.CreateCommand())
        {
            write.Transaction = transaction;
            write.CommandText = expected is null
                ? "INSERT INTO commission (id, body, revision) VALUES (1, $body, 1) ON CONFLICT (id) DO NOTHING"
                : "UPDATE commission SET body = $body, revision = $revision WHERE id = 1 AND revision = $expected";
            write.Parameters.AddWithValue("$body", body);
            write.Parameters.AddWithValue("$revision", revision);
            write.Parameters.AddWithValue("$expected", expected ?? 0);
            if (await write.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                return null;
            }
        }

        await using (var history = connection.CreateCommand())
        {
            history.Transaction = transaction;
            history.CommandText = "INSERT INTO commission_history (revision, body) VALUES ($revision, $body)";
            history.Parameters.AddWithValue("$revision", revision);
            history.Parameters.AddWithValue("$body", body);
            await history.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return revision.ToString(CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<StoredCommission>> HistoryAsync(CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM commission_history ORDER BY revision";
        var result = new List<StoredCommission>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(JsonSerializer.Deserialize<StoredCommission>(reader.GetString(0))!);
        }

        return result;
    }
}
