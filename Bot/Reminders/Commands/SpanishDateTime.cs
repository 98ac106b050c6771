using System.Globalization;
using System.Text.RegularExpressions;

namespace ProgramaBot.Reminders.Commands;

/// <summary>A date (and maybe a time) written in chat, or why it could not be read.</summary>
public sealed record ParsedWhen(DateOnly? Date, TimeOnly? Time, string? Error)
{
    public static ParsedWhen Fail(string error) => new(null, null, error);
}

/// <summary>
/// Reads "28 de septiembre de 2021 a las 10:00", "28/09/2021 10:00", "2021-09-28 10:00", "el martes 28 de septiembre,
/// 4:30 pm" from folded text. A missing year takes <c>defaultYear</c>.
/// </summary>
public static partial class SpanishDateTime
{
    public static ParsedWhen Parse(string folded, int defaultYear)
    {
        var match = Pattern().Match(folded.Trim());
        if (!match.Success)
        {
            return ParsedWhen.Fail("No entendí la fecha. Escríbala como «28 de septiembre de 2021 a las 10:00» o «28/09/2021 10:00».");
        }

        if (!TryDate(match, defaultYear, out var date))
        {
            return ParsedWhen.Fail("Esa fecha no existe en el calendario; revise el día y el mes.");
        }

        if (!match.Groups["h"].Success)
        {
            return new ParsedWhen(date, null, null);
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["min"].Success ? int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = match.Groups["ampm"].Value;
        if (meridiem.StartsWith('p') && hour is >= 1 and < 12)
        {
            hour += 12;
        }
        else if (meridiem.StartsWith('a') && hour == 12)
        {
            hour = 0;
        }

        return hour is < 0 or > 23 || minute is < 0 or > 59
            ? ParsedWhen.Fail("Esa hora no es válida; use el formato de 24 horas, por ejemplo 10:00 o 16:30.")
            : new ParsedWhen(date, new TimeOnly(hour, minute), null);
    }

    private static bool TryDate(Match match, int defaultYear, out DateOnly date)
    {
        date = default;
        var year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : defaultYear;
        var month = match.Groups["mname"].Success
            ? Months.Parse(match.Groups["mname"].Value)
            : int.Parse(match.Groups["mnum"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month is not (>= 1 and <= 12) || year is < 2000 or > 2100 || day < 1 || day > DateTime.DaysInMonth(year, month.Value))
        {
            return false;
        }

        date = new DateOnly(year, month.Value, day);
        return true;
    }

    [GeneratedRegex("""
        ^(?:(?:para\s+el|para|el\s+dia|el|al|a)\s+)?
        (?:(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo),?\s+)?
        (?:
            (?<y>\d{4})-(?<mnum>\d{1,2})-(?<d>\d{1,2})
          | (?<d>\d{1,2})\s*[/-]\s*(?<mnum>\d{1,2})(?:\s*[/-]\s*(?<y>\d{4}))?
          | (?<d>\d{1,2})\s+de\s+(?<mname>[a-z]+)(?:\s+(?:de|del)\s+(?<y>\d{4}))?
        )
        (?:\s*,?\s*(?:a\s+las|a\s+la|alas|,)?\s*(?<h>\d{1,2})(?:[:.](?<min>\d{2}))?\s*(?<ampm>am|pm|a\.?\s?m|p\.?\s?m|hrs|hr|horas|h)?\.?)?
        (?:\s+(?:hora\s+(?:del\s+centro|de\s+mexico|local)|horas?))?\s*$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
