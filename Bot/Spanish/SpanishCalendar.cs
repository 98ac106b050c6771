using System.Globalization;

namespace ProgramaBot.Spanish;

/// <summary>Spanish month and weekday names, written out here: the container runs with invariant globalization.</summary>
public static class SpanishCalendar
{
    private static readonly string[] Weekdays = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"];

    /// <summary>"martes 28 de septiembre de 2021, 10:00 h".</summary>
    public static string DateTime(DateTimeOffset local)
        => string.Create(CultureInfo.InvariantCulture,
            $"{Weekdays[(int)local.DayOfWeek]} {local.Day} de {Months.Name(local.Month)} de {local.Year}, {local:HH:mm} h");

    /// <summary>"28 de septiembre de 2021".</summary>
    public static string Date(DateOnly date)
        => string.Create(CultureInfo.InvariantCulture, $"{date.Day} de {Months.Name(date.Month)} de {date.Year}");

    /// <summary>"septiembre de 2021"; "septiembre" without a year.</summary>
    public static string MonthYear(int month, int? year) => year is { } y ? $"{Months.Name(month)} de {y}" : Months.Name(month);

    /// <summary>"10 de junio de 2021 a las 11:00 horas" (answers about the programme).</summary>
    public static string DateAtHour(DateTimeOffset local)
        => string.Create(CultureInfo.InvariantCulture, $"{local.Day} de {Months.Name(local.Month)} de {local.Year} a las {local:HH:mm} horas");

    /// <summary>"15 de septiembre de 2021, 10:30 h" in <paramref name="zone"/> (when a vote or a decision happened).</summary>
    public static string Moment(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return string.Create(CultureInfo.InvariantCulture, $"{local.Day} de {Months.Name(local.Month)} de {local.Year}, {local:HH:mm} h");
    }

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

        return SpanishLists.Join(parts);
    }

}
