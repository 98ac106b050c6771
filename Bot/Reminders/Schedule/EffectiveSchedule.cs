namespace ProgramaBot.Reminders.Schedule;

/// <summary>The programme as published, overlaid with what was set at run time (the stored entry wins).</summary>
public sealed class EffectiveSchedule(ProgrammeReminderSource programme, IScheduleStore store)
{
    public async Task<IReadOnlyList<ScheduleEntry>> ListAsync(CancellationToken cancellationToken)
        => Merge(await programme.ListAsync(cancellationToken), await store.ListAsync(cancellationToken));

    public async Task<ScheduleEntry?> FindAsync(string key, CancellationToken cancellationToken)
        => (await ListAsync(cancellationToken)).FirstOrDefault(e => e.Key == key);

    /// <summary>
    /// Pure: stored entries replace programme entries of the same key, keeping the programme's month. Keys repeat from
    /// year to year ("ordinaria-1"), so a stored entry of another year than the programme's does not replace it: last
    /// year's date must not hide this year's session.
    /// </summary>
    public static IReadOnlyList<ScheduleEntry> Merge(IEnumerable<ScheduleEntry> programme, IEnumerable<ScheduleEntry> stored)
    {
        var byKey = new Dictionary<string, ScheduleEntry>();
        foreach (var entry in programme)
        {
            byKey.TryAdd(entry.Key, entry);
        }

        foreach (var entry in stored)
        {
            if (!byKey.TryGetValue(entry.Key, out var published))
            {
                byKey[entry.Key] = entry;
            }
            else if (entry.Year is null || published.Year is null || entry.Year == published.Year)
            {
                byKey[entry.Key] = entry with { Year = entry.Year ?? published.Year, Month = entry.Month ?? published.Month };
            }
        }

        return [.. byKey.Values.OrderBy(e => e.At ?? DateTimeOffset.MaxValue).ThenBy(e => e.Year).ThenBy(e => e.Month).ThenBy(e => e.Key)];
    }
}
