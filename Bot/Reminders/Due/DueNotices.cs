using ProgramaBot.Reminders.Schedule;

namespace ProgramaBot.Reminders.Due;

/// <summary>"What is due now": pure functions of the schedule and the instant — no I/O, no clock.</summary>
public static class DueNotices
{
    /// <summary>
    /// Every notice an entry will ever produce, earliest first (none while month-only or cancelled). A day-only entry
    /// gets the offsets of a day or more, in whole days (one day before when none is that long).
    /// </summary>
    public static IReadOnlyList<Notice> Planned(ScheduleEntry entry, IReadOnlyList<TimeSpan> offsets) => entry switch
    {
        { HasExactTime: true, At: { } at } => [.. offsets.Distinct().OrderByDescending(o => o).Select(o => Notice.For(entry, at, o))],
        { IsDayOnly: true, DayAnchor: { } anchor } => [.. WholeDays(offsets).Select(o => Notice.For(entry, anchor, o))],
        _ => [],
    };

    private static List<TimeSpan> WholeDays(IReadOnlyList<TimeSpan> offsets)
    {
        var days = offsets.Select(o => TimeSpan.FromDays(Math.Floor(o.TotalDays))).Where(o => o >= TimeSpan.FromDays(1)).Distinct()
            .OrderByDescending(o => o).ToList();
        return days.Count > 0 ? days : [TimeSpan.FromDays(1)];
    }

    /// <summary>A late reminder this close to the next one is skipped: the next one says the same a moment later.</summary>
    public static readonly TimeSpan NextReminderGrace = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The notice of each entry that is due at <paramref name="now"/>: the latest one whose time has come, while
    /// the event is still ahead. Earlier ones are superseded — whoever missed the 7-day reminder gets the 1-day one,
    /// not both at once — and so is a late one when the next is less than <see cref="NextReminderGrace"/> away.
    /// </summary>
    public static IReadOnlyList<Notice> Due(IEnumerable<ScheduleEntry> entries, Func<ScheduleEntry, IReadOnlyList<TimeSpan>> offsets, DateTimeOffset now)
    {
        var due = new List<Notice>();
        foreach (var entry in entries)
        {
            var planned = Planned(entry, offsets(entry));
            var index = planned.Count - 1;
            while (index >= 0 && planned[index].FireAt > now)
            {
                index--;
            }

            if (index < 0 || now >= planned[index].EventAt)
            {
                continue;
            }

            var isLateAndCloseToNext = index + 1 < planned.Count && planned[index + 1].FireAt - now < NextReminderGrace;
            if (!isLateAndCloseToNext)
            {
                due.Add(planned[index]);
            }
        }

        return due;
    }
}
