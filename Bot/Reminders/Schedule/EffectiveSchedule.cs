namespace ProgramaBot.Reminders.Schedule;

/// <summary>The programme as published, overlaid with what was set at run time (the stored entry wins).</summary>
public sealed class EffectiveSchedule(IReminderProgramme programme, IScheduleStore store)
{
    public async Task<IReadOnlyList<ScheduleEntry>> ListAsync(CancellationToken cancellationToken)
        => Merge(await programme.ListAsync(cancellationToken), await store.ListAsync(cancellationToken));

    public async Task<ScheduleEntry?> FindAsync(string key, CancellationToken cancellationToken)
        => (await ListAsync(cancellationToken)).FirstOrDefault(e => e.Key == key);

    /// <summary>Pure: stored entries replace programme entries of the same key, keeping the programme's month.</summary>
    public static IReadOnlyList<ScheduleEntry> Merge(IEnumerable<ScheduleEntry> programme, IEnumerable<ScheduleEntry> stored)
    {
        var byKey = programme.ToDictionary(e => e.Key);
        foreach (var entry in stored)
        {
            byKey[entry.Key] = byKey.TryGetValue(entry.Key, out var published)
                ? entry with { Year = entry.Year ?? published.Year, Month = entry.Month ?? published.Month }
                : entry;
        }

        return [.. byKey.Values.OrderBy(e => e.At ?? DateTimeOffset.MaxValue).ThenBy(e => e.Year).ThenBy(e => e.Month).ThenBy(e => e.Key)];
    }
}
