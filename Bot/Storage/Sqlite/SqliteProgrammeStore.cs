using System.Globalization;
using System.Text.Json;
using ProgramaBot.Programme.Publication;

namespace ProgramaBot.Storage.Sqlite;

/// <summary>Drafts replaced whole; publications inserted once per approval request and never changed.</summary>
internal sealed class SqliteProgrammeStore(SqliteDatabase database) : IProgrammeStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS programme_drafts (
            draft_id TEXT PRIMARY KEY,
            body TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS programme_publications (
            request_id TEXT PRIMARY KEY,
            year INTEGER NOT NULL,
            published_at TEXT NOT NULL,
            body TEXT NOT NULL);
        """;

    private readonly Lazy<Task> _schema = new(() => database.EnsureSchemaAsync(Schema, CancellationToken.None));

    public async Task SaveDraftAsync(ProgrammeDraft draft, CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO programme_drafts (draft_id, body) VALUES ($id, $body)
            ON CONFLICT (draft_id) DO UPDATE SET body = excluded.body
            """;
        command.Parameters.AddWithValue("$id", draft.Id);
        command.Parameters.AddWithValue("$body", JsonSerializer.Serialize(draft));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ProgrammeDraft?> GetDraftAsync(string draftId, CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM programme_drafts WHERE draft_id = $id";
        command.Parameters.AddWithValue("$id", draftId);
        return await command.ExecuteScalarAsync(cancellationToken) is string body ? JsonSerializer.Deserialize<ProgrammeDraft>(body) : null;
    }

    public async Task<bool> DeleteDraftAsync(string draftId, CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM programme_drafts WHERE draft_id = $id";
        command.Parameters.AddWithValue("$id", draftId);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<bool> PublishAsync(PublishedProgramme programme, CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO programme_publications (request_id, year, published_at, body) VALUES ($id, $year, $at, $body)
            ON CONFLICT (request_id) DO NOTHING
            """;
        command.Parameters.AddWithValue("$id", programme.RequestId);
        command.Parameters.AddWithValue("$year", programme.Year);
        command.Parameters.AddWithValue("$at", programme.PublishedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$body", JsonSerializer.Serialize(programme));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<PublishedProgramme>> ListPublishedAsync(CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM programme_publications ORDER BY published_at, request_id";
        var result = new List<PublishedProgramme>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(JsonSerializer.Deserialize<PublishedProgramme>(reader.GetString(0))!);
        }

        return result;
    }

    public async Task<long> CountPublishedAsync(CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM programme_publications";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
