using System.Globalization;
using ProgramaBot.Reminders.Schedule;

namespace ProgramaBot.Reminders.Due;

/// <summary>
/// One reminder of one entry at one offset. The id embeds the entry's instant, so moving a session makes
/// new notices and orphans the old ones (which are then never sent).
/// </summary>
public sealed record Notice(string Id, string EntryKey, DateTimeOffset EventAt, TimeSpan Offset)
{
    public DateTimeOffset FireAt => EventAt - Offset;

    public static Notice For(ScheduleEntry entry, DateTimeOffset at, TimeSpan offset)
        => new(MakeId(entry.Key, at, offset), entry.Key, at, offset);

    public static string MakeId(string entryKey, DateTimeOffset at, TimeSpan offset)
        => string.Create(CultureInfo.InvariantCulture, $"{entryKey}@{at.UtcDateTime:yyyyMMdd'T'HHmm}Z-{(long)offset.TotalMinutes}m");

    /// <summary>The entry key of a schedule notice id ("ordinaria-3@…" → "ordinaria-3").</summary>
    public static string EntryKeyOf(string noticeId) => noticeId.Split('@', 2)[0];
}
