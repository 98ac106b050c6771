using System.Text.RegularExpressions;

namespace ProgramaBot.Programme.Import;

/// <summary>
/// An ordinary session as a table row or list entry names it: «Ordinaria I | Marzo», «Primera Sesión Ordinaria:
/// 15 de marzo de 2026», «1a. Sesión Ordinaria — abril». The ordinal, and the month or day when given.
/// </summary>
public sealed partial record SessionLine(int Ordinal, int? Month, DateOnly? Date, TimeOnly? Time)
{
    public static SessionLine? TryRead(string text, int year)
    {
        if (text.Length > 250)
        {
            return null;
        }

        var folded = SpanishText.Fold(text);
        if (!Ordinary().IsMatch(folded))
        {
            return null;
        }

        int? ordinal = null;
        if (WordBefore().Match(folded) is { Success: true } word)
        {
            ordinal = SpanishDates.OrdinalWord(word.Groups["w"].Value);
        }
        else if (DigitBefore().Match(folded) is { Success: true } digit)
        {
            ordinal = int.Parse(digit.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (RomanAfter().Match(folded) is { Success: true } roman)
        {
            ordinal = RomanNumerals.ValueOf(roman.Groups["n"].Value);
        }

        if (ordinal is not { } n || n is < 1 or > 24)
        {
            return null;
        }

        var date = SpanishDates.FindDate(text, year);
        return new SessionLine(n, date?.Month ?? SpanishDates.FindMonth(text), date, date is null ? null : SpanishDates.FindTime(text));
    }

    [GeneratedRegex(@"\bordinaria\b")]
    private static partial Regex Ordinary();

    /// <summary>"ordinaria iii", "sesion ordinaria 2", "ordinaria numero 3".</summary>
    [GeneratedRegex(@"\bordinaria\s+(?:no\.?\s*|numero\s+)?(?<n>[ivx]{1,5}|\d{1,2})\b")]
    private static partial Regex RomanAfter();

    [GeneratedRegex(@"\b(?<w>primera|primer|segunda|tercera|tercer|cuarta|quinta|sexta|septima|octava|novena|decima|undecima|duodecima)\s+(?:sesion\s+)?ordinaria\b")]
    private static partial Regex WordBefore();

    [GeneratedRegex(@"\b(?<n>\d{1,2})\s*(?:a|ra|da|ta|va|na|ma|o|ª|º|°)?\.?\s+(?:sesion\s+)?ordinaria\b")]
    private static partial Regex DigitBefore();
}
