namespace ProgramaBot.Reminders.Schedule;

/// <summary>Sessions and deadlines set at run time. Writes are optimistic: a stale version loses.</summary>
public interface IScheduleStore
{
    Task<Versioned<ScheduleEntry>?> GetAsync(string key, CancellationToken cancellationToken);

    Task<IReadOnlyList<ScheduleEntry>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Inserts when <paramref name="expectedVersion"/> is null, else replaces that version.</summary>
    /// <returns>The new version, or null when someone else wrote first.</returns>
    Task<string?> TrySaveAsync(ScheduleEntry entry, string? expectedVersion, CancellationToken cancellationToken);
}
