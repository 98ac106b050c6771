using ProgramaBot.Reminders.Chat;
using ProgramaBot.Reminders.Schedule;

namespace ProgramaBot.Reminders.Delivery;

/// <summary>The Spanish text of a schedule notice.</summary>
public static class NoticeText
{
    public static string For(ScheduleEntry entry, Notice notice, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(notice.EventAt, zone);
        var when = $"{SpanishCalendar.DateTime(local)} (hora de {zone.Id}, {SpanishCalendar.Offset(local)})";
        var lead = SpanishCalendar.Duration(notice.Offset);
        return entry.IsSession
            ? $"⏰ Recordatorio: la **{entry.Title}** de la Comisión de Seguimiento del Servicio es el {when}. Falta{Plural(notice.Offset)} {lead}."
            : $"⏰ Aviso de plazo: **{entry.Title}** vence el {when}. Falta{Plural(notice.Offset)} {lead}.";
    }

    /// <summary>"Faltan 7 días" but "Falta 1 hora": agreement with the leading unit.</summary>
    private static string Plural(TimeSpan offset)
        => (offset.Days > 0 ? offset.Days : offset.Hours > 0 ? offset.Hours : offset.Minutes) > 1 ? "n" : "";
}
