using ProgramaBot.Programme;

namespace ProgramaBot.Answers.Knowledge;

/// <summary>Spanish wording shared by several answers. Dates are spelt out by hand: the container has no es-MX culture data.</summary>
public static class Phrases
{
    /// <summary>"el 10 de junio de 2021 a las 11:00 horas", "para el 12 de marzo de 2024" (a day without an hour), "para junio de 2021".</summary>
    public static string When(ScheduledSession session)
        => session.StartsAt is { } startsAt ? $"el {SpanishCalendar.DateAtHour(startsAt)}"
            : session.Date is { } day ? $"para el {SpanishCalendar.Date(day)}"
            : $"para {SpanishCalendar.MonthYear(session.Month, session.Year)}";

    public static string Legal(LegalBasis basis)
    {
        var article = basis.Article is null ? "" : $"el artículo {basis.Article}";
        var provision = basis.Provision is null ? "" : (article.Length > 0 ? $", {basis.Provision}," : $"el {basis.Provision}");
        return $"{article}{provision} del {basis.Law}".Replace("del Constitución", "de la Constitución", StringComparison.Ordinal)
            .Replace("del Ley", "de la Ley", StringComparison.Ordinal);
    }

    public static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Shortened(string text, int length = 90)
        => text.Length <= length ? text : text[..text.LastIndexOf(' ', length)] + "…";
}
