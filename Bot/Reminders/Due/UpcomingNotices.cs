using ProgramaBot.Reminders.Schedule;

namespace ProgramaBot.Reminders.Due;

public sealed record UpcomingNotice(ScheduleEntry Entry, Notice Notice);

/// <summary>Pure: the notices still to come (or due right now), in the order they will go out.</summary>
public static class UpcomingNotices
{
    public static IReadOnlyList<UpcomingNotice> List(
        IEnumerable<ScheduleEntry> entries, Func<ScheduleEntry, IReadOnlyList<TimeSpan>> offsets, DateTimeOffset now)
    {
        var list = new List<UpcomingNotice>();
        foreach (var entry in entries)
        {
            var due = DueNotices.Due([entry], offsets, now);
            var current = due.Count > 0 ? due[0].Id : null;
            list.AddRange(DueNotices.Planned(entry, offsets(entry))
                .Where(n => n.FireAt > now || n.Id == current)
                .Select(n => new UpcomingNotice(entry, n)));
        }

        return [.. list.OrderBy(u => u.Notice.FireAt)];
    }
}
