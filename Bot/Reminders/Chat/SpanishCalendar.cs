using System.Globalization;

namespace ProgramaBot.Reminders.Chat;

/// <summary>Spanish month and weekday names, written out here: the container runs with invariant globalization.</summary>
public static class SpanishCalendar
{
    public static readonly string[] Months =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    private static readonly string[] Weekdays = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"];

    /// <summary>1–12 for a folded month name ("septiembre", also "setiembre"); null otherwise.</summary>
    public static int? MonthNumber(string folded)
        => folded == "setiembre" ? 9 : Array.IndexOf(Months, folded) is >= 0 and var i ? i + 1 : null;

    /// <summary>"martes 28 de septiembre de 2021, 10:00 h".</summary>
    public static string DateTime(DateTimeOffset local)
        => string.Create(CultureInfo.InvariantCulture,
            $"{Weekdays[(int)local.DayOfWeek]} {local.Day} de {Months[local.Month - 1]} de {local.Year}, {local:HH:mm} h");

    /// <summary>"28 de septiembre de 2021".</summary>
    public static string Date(DateOnly date)
        => string.Create(CultureInfo.InvariantCulture, $"{date.Day} de {Months[date.Month - 1]} de {date.Year}");

    public static string MonthYear(int month, int? year) => year is { } y ? $"{Months[month - 1]} de {y}" : Months[month - 1];

    /// <summary>"UTC−05:00": the offset that applied on that date (Mexico had daylight time until 2022).</summary>
    public static string Offset(DateTimeOffset local)
    {
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "−" : "+";
        return string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{offset.Duration():hh\\:mm}");
    }

    /// <summary>"7 días", "1 día", "1 hora", "30 minutos", "1 día y 2 horas".</summary>
    public static string Duration(TimeSpan span)
    {
        var parts = new List<string>();
        if (span.Days > 0)
        {
            parts.Add(span.Days == 1 ? "1 día" : $"{span.Days} días");
        }

        if (span.Hours > 0)
        {
            parts.Add(span.Hours == 1 ? "1 hora" : $"{span.Hours} horas");
        }

        if (span.Minutes > 0 || parts.Count == 0)
        {
            parts.Add(span.Minutes == 1 ? "1 minuto" : $"{span.Minutes} minutos");
        }

        return Join(parts);
    }

    /// <summary>"a, b y c".</summary>
    public static string Join(IReadOnlyList<string> parts)
        => parts.Count <= 1 ? string.Concat(parts) : string.Join(", ", parts.Take(parts.Count - 1)) + " y " + parts[^1];
}
