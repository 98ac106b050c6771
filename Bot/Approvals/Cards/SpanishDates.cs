namespace ProgramaBot.Approvals.Cards;

/// <summary>Dates as people in Durango write them; explicit month names because the app runs with invariant globalization.</summary>
public static class SpanishDates
{
    private static readonly string[] Months =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    /// <summary>"15 de septiembre de 2021, 10:30 h" in the commission's zone.</summary>
    public static string Format(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return $"{local.Day} de {Months[local.Month - 1]} de {local.Year}, {local.Hour:00}:{local.Minute:00} h";
    }
}
