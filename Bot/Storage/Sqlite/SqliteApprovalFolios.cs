using Microsoft.Data.Sqlite;
using ProgramaBot.Approvals.Creation;
using ProgramaBot.Approvals.Storage;

namespace ProgramaBot.Storage.Sqlite;

/// <summary>
/// Folios in the embedded SQLite file. The counter moves inside a BEGIN IMMEDIATE transaction: it holds the file's
/// write lock from the first read, so instances sharing the file take numbers one after another, and the token is bound
/// in that same transaction (a number is never taken without its token, nor a token bound twice).
/// </summary>
internal sealed class SqliteApprovalFolios(SqliteDatabase database) : IRequestFolios
{
    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS approval_folio_counters (
            year INTEGER PRIMARY KEY,
            last_number INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS approval_folio_tokens (
            token TEXT PRIMARY KEY,
            folio TEXT NOT NULL UNIQUE);
        """;

    private readonly Lazy<Task> _schema = new(() => database.EnsureSchemaAsync(Ddl, CancellationToken.None));

    public async Task<string?> FindAsync(string token, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await FindAsync(connection, token, cancellationToken);
    }

    public async Task<string> TakeAsync(int year, string? token, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        if (token is not null && await FindAsync(connection, token, cancellationToken) is { } taken)
        {
            return taken;
        }

        long number;
        await using (var advance = connection.CreateCommand())
        {
            advance.CommandText = """
                INSERT INTO approval_folio_counters (year, last_number) VALUES ($year, 1)
                ON CONFLICT (year) DO UPDATE SET last_number = last_number + 1
                RETURNING last_number
                """;
            advance.Parameters.AddWithValue("$year", year);
            number = (long)(await advance.ExecuteScalarAsync(cancellationToken))!;
        }

        var folio = RequestIds.Folio(year, number);
        if (token is not null)
        {
            await using var bind = connection.CreateCommand();
            bind.CommandText = "INSERT INTO approval_folio_tokens (token, folio) VALUES ($token, $folio)";
            bind.Parameters.AddWithValue("$token", token);
            bind.Parameters.AddWithValue("$folio", folio);
            await bind.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return folio;
    }

    private static async Task<string?> FindAsync(SqliteConnection connection, string token, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT folio FROM approval_folio_tokens WHERE token = $token";
        command.Parameters.AddWithValue("$token", token);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _schema.Value;
        return await database.OpenAsync(cancellationToken);
    }
}
