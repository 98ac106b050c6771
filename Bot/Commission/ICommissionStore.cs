namespace ProgramaBot.Commission;

/// <summary>The commission set up from Teams. Implementations: SQLite (default), Azure Tables.</summary>
public interface ICommissionStore
{
    /// <summary>The current set-up; null while nothing was saved (configuration is the bootstrap).</summary>
    Task<VersionedCommission?> GetAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="commission"/> as the current set-up and appends it to the history, in one atomic write.
    /// Inserts when <paramref name="expectedVersion"/> is null, else replaces that version.
    /// </summary>
    /// <returns>The new version, or null when someone else saved first.</returns>
    Task<string?> TrySaveAsync(StoredCommission commission, string? expectedVersion, CancellationToken cancellationToken);

    /// <summary>Every saved revision, oldest first.</summary>
    Task<IReadOnlyList<StoredCommission>> HistoryAsync(CancellationToken cancellationToken);
}
