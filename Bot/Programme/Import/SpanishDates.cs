using System.Globalization;
using System.Text.RegularExpressions;

namespace ProgramaBot.Programme.Import;

/// <summary>Months, days and ordinal words as Spanish programmes write them.</summary>
public static partial class SpanishDates
{
    private static readonly string[] OrdinalWords =
        ["primera", "segunda", "tercera", "cuarta", "quinta", "sexta", "septima", "octava", "novena", "decima", "undecima", "duodecima"];

    private static readonly string[] CardinalWords =
        ["una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"];

    /// <summary>1–12 for a month's name anywhere in the text ("setiembre" too), else null.</summary>
    public static int? FindMonth(string text)
    {
        var folded = SpanishText.Fold(text).Replace("setiembre", "septiembre", StringComparison.Ordinal);
        return MonthWord().Match(folded) is { Success: true } m ? Months.Parse(m.Value) : null;
    }

    /// <summary>A day of the year: "15 de marzo de 2021", "15 de marzo" (in <paramref name="year"/>), "15/03/2021", "2021-03-15".</summary>
    public static DateOnly? FindDate(string text, int year)
    {
        var folded = SpanishText.Fold(text).Replace("setiembre", "septiembre", StringComparison.Ordinal);
        if (LongDate().Match(folded) is { Success: true } longDate)
        {
            var y = longDate.Groups["year"].Success ? Int(longDate.Groups["year"].Value) : year;
            return Make(y, Months.Parse(longDate.Groups["month"].Value)!.Value, Int(longDate.Groups["day"].Value));
        }

        if (SlashDate().Match(folded) is { Success: true } slash)
        {
            var y = Int(slash.Groups["year"].Value);
            return Make(y < 100 ? 2000 + y : y, Int(slash.Groups["month"].Value), Int(slash.Groups["day"].Value));
        }

        return IsoDate().Match(folded) is { Success: true } iso
            ? Make(Int(iso.Groups["year"].Value), Int(iso.Groups["month"].Value), Int(iso.Groups["day"].Value))
            : null;
    }

    /// <summary>"11:00", "11:00 horas" → the time of day, else null.</summary>
    public static TimeOnly? FindTime(string text)
        => Time().Match(text) is { Success: true } m && Int(m.Groups["h"].Value) < 24 && Int(m.Groups["m"].Value) < 60
            ? new TimeOnly(Int(m.Groups["h"].Value), Int(m.Groups["m"].Value))
            : null;

    /// <summary>"primera" → 1 … "duodecima" → 12 (folded text).</summary>
    public static int? OrdinalWord(string folded)
    {
        var index = Array.IndexOf(OrdinalWords, Feminine(folded));
        return index >= 0 ? index + 1 : null;
    }

    /// <summary>"4", "cuatro" → 4 (folded text).</summary>
    public static int? Cardinal(string folded)
    {
        if (int.TryParse(folded, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        var index = Array.IndexOf(CardinalWords, folded == "un" || folded == "uno" ? "una" : folded);
        return index >= 0 ? index + 1 : null;
    }

    private static string Feminine(string folded)
        => folded is "primero" or "primer" ? "primera" : folded is "tercero" or "tercer" ? "tercera"
            : folded.EndsWith('o') ? folded[..^1] + "a" : folded;

    private static DateOnly? Make(int year, int month, int day)
        => month is >= 1 and <= 12 && day >= 1 && year is >= 1990 and <= 2100 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b")]
    private static partial Regex MonthWord();

    [GeneratedRegex(@"\b(?<day>\d{1,2})\s*(?:de\s+)?(?<month>enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b(?:\s*(?:de|del|,)?\s*(?<year>\d{4}))?")]
    private static partial Regex LongDate();

    [GeneratedRegex(@"\b(?<day>\d{1,2})[/.-](?<month>\d{1,2})[/.-](?<year>\d{4}|\d{2})\b")]
    private static partial Regex SlashDate();

    [GeneratedRegex(@"\b(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<h>\d{1,2}):(?<m>\d{2})\b")]
    private static partial Regex Time();
}
