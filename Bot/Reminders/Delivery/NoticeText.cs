using ProgramaBot.Reminders.Due;
using ProgramaBot.Reminders.Schedule;

namespace ProgramaBot.Reminders.Delivery;

/// <summary>The Spanish text of a schedule notice.</summary>
public static class NoticeText
{
    public static string For(ScheduleEntry entry, Notice notice, TimeZoneInfo zone, DateTimeOffset now)
    {
        if (entry is { At: null, Day: { } day })
        {
            // Day-level: the programme gives the day only, so no hour is stated and the time left is in days.
            var days = Math.Max(1, (int)Math.Round(Remaining(notice, now).TotalDays));
            var leftDays = days == 1 ? "Falta 1 día" : $"Faltan {days} días";
            return $"⏰ Recordatorio: la **{entry.Title}** de la Comisión de Seguimiento del Servicio es el {SpanishCalendar.Date(day)}; " +
                   $"la hora se dará a conocer. {leftDays}.";
        }

        var local = TimeZoneInfo.ConvertTime(notice.EventAt, zone);
        var when = $"{SpanishCalendar.DateTime(local)} ({ProgramaBot.Spanish.SpanishTimeZones.Name(zone)})";
        var left = Remaining(notice, now);
        return entry.IsSession
            ? $"⏰ Recordatorio: la **{entry.Title}** de la Comisión de Seguimiento del Servicio es el {when}. {Left(left)}."
            : $"⏰ Aviso de plazo: **{entry.Title}** vence el {when}. {Left(left)}.";
    }

    /// <summary>
    /// The offset when the notice goes out on time (a scan minute late still reads "1 hora"); the true time left
    /// when it goes out late (a session set three days ahead gets its "7 days" notice saying three days).
    /// </summary>
    public static TimeSpan Remaining(Notice notice, DateTimeOffset now)
    {
        var left = notice.EventAt - now;
        return (notice.Offset - left).Duration() < TimeSpan.FromMinutes(5) ? notice.Offset : TimeSpan.FromMinutes(Math.Round(left.TotalMinutes));
    }

    /// <summary>"Faltan 7 días" but "Falta 1 hora": agreement with the leading unit.</summary>
    public static string Left(TimeSpan left)
        => $"Falta{((left.Days > 0 ? left.Days : left.Hours > 0 ? left.Hours : left.Minutes) > 1 ? "n" : "")} {SpanishCalendar.Duration(left)}";
}
