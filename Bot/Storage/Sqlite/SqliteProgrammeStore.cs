using System.Globalization;
using ProgramaBot.Programme.Publication;

namespace ProgramaBot.Storage.Sqlite;

/// <summary>
/// Drafts replaced whole; publications inserted once per approval request and never changed. Year and published_at are
/// plain columns too, for people reading the table.
/// </summary>
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

    private readonly JsonRowTable<ProgrammeDraft> _drafts = new(database, "programme_drafts", "draft_id", Schema);

    private readonly JsonRowTable<PublishedProgramme> _published = new(database, "programme_publications", "request_id", Schema,
        new JsonRowColumn<PublishedProgramme>("year", p => p.Year),
        new JsonRowColumn<PublishedProgramme>("published_at", p => p.PublishedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));

    public Task SaveDraftAsync(ProgrammeDraft draft, CancellationToken cancellationToken)
        => _drafts.UpsertAsync(draft.Id, draft, cancellationToken);

    public Task<ProgrammeDraft?> GetDraftAsync(string draftId, CancellationToken cancellationToken)
        => _drafts.GetAsync(draftId, cancellationToken);

    public Task<bool> DeleteDraftAsync(string draftId, CancellationToken cancellationToken)
        => _drafts.DeleteAsync(draftId, cancellationToken);

    public Task<bool> PublishAsync(PublishedProgramme programme, CancellationToken cancellationToken)
        => _published.TryInsertAsync(programme.RequestId, programme, cancellationToken);

    public async Task<IReadOnlyList<PublishedProgramme>> ListPublishedAsync(CancellationToken cancellationToken)
        => [.. (await _published.ListAsync(cancellationToken)).OrderBy(p => p.PublishedAt).ThenBy(p => p.RequestId, StringComparer.Ordinal)];

    public Task<long> CountPublishedAsync(CancellationToken cancellationToken)
        => _published.CountAsync(cancellationToken);
}
