namespace ProgramaBot.Programme.Publication;

/// <summary>Drafts under review and every published programme. Implementations: SQLite, Azure Tables.</summary>
public interface IProgrammeStore
{
    /// <summary>Stores or replaces the draft with this id.</summary>
    Task SaveDraftAsync(ProgrammeDraft draft, CancellationToken cancellationToken);

    Task<ProgrammeDraft?> GetDraftAsync(string draftId, CancellationToken cancellationToken);

    /// <returns>False when there was no such draft.</returns>
    Task<bool> DeleteDraftAsync(string draftId, CancellationToken cancellationToken);

    /// <summary>Adds a publication; the request id is its key, so publishing the same approval twice stores it once.</summary>
    /// <returns>False when this request's publication was already stored.</returns>
    Task<bool> PublishAsync(PublishedProgramme programme, CancellationToken cancellationToken);

    /// <summary>Every publication ever made, oldest first.</summary>
    Task<IReadOnlyList<PublishedProgramme>> ListPublishedAsync(CancellationToken cancellationToken);

    /// <summary>
    /// How many publications exist: publications are never removed, so a new one changes this number. Cheap (no bodies
    /// read), for every instance to poll.
    /// </summary>
    Task<long> CountPublishedAsync(CancellationToken cancellationToken);
}
