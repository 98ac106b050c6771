using System.Text.RegularExpressions;

namespace ProgramaBot.Conversation;

/// <summary>The subject a question names itself: a session, an objective or an action line, and a programme year.</summary>
/// <remarks>
/// Every question turn asks this (issue 15), so the patterns are matched with <c>EnumerateMatches</c>, which allocates
/// nothing, instead of <c>Match</c> (a match, its groups and a string per group). The number is then read from the
/// matched span: in each pattern it is the last run of non-spaces (what precedes it ends with a space and the number
/// itself holds none), and a session's kind is told by the letter after «sesion ».
/// </remarks>
public static partial class Subjects
{
    /// <returns>Null when the question names no session, objective or line.</returns>
    public static ConversationSubject? Of(string question, DateTimeOffset at)
    {
        var text = SpanishText.Normalize(question);
        // A session whose number is not an ordinal («sesion ordinaria pasada») names none: the line or objective may.
        if (TryMatch(Session(), text, out var matched)
            && Ordinals.Parse(LastWord(matched).ToString(), allowRoman: true) is { } n)
        {
            // "sesion o…" (ordinaria) or "sesion e…" (extraordinaria): the pattern allows only these two.
            var kind = matched["sesion ".Length] == 'o' ? SubjectKinds.OrdinarySession : SubjectKinds.ExtraordinarySession;
            return new(kind, Digit(n), YearOf(text), at);
        }

        if (TryMatch(Line(), text, out var line))
        {
            return new(SubjectKinds.ActionLine, LastWord(line).ToString(), YearOf(text), at);
        }

        return TryMatch(Objective(), text, out var objective)
            ? new(SubjectKinds.Objective, LastWord(objective).ToString(), YearOf(text), at)
            : null;
    }

    public static int? YearOf(string normalized)
        => TryMatch(Year(), normalized, out var year) ? int.Parse(year, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The text <paramref name="pattern"/> first matches (what <c>Match</c> finds), without a match object.</summary>
    private static bool TryMatch(Regex pattern, string text, out ReadOnlySpan<char> matched)
    {
        foreach (var match in pattern.EnumerateMatches(text))
        {
            matched = text.AsSpan(match.Index, match.Length);
            return true;
        }

        matched = default;
        return false;
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> matched) => matched[(matched.LastIndexOf(' ') + 1)..];

    /// <summary>Ordinals reads 1 to 9: their strings made once rather than on every question.</summary>
    private static readonly string[] Digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    private static string Digit(int n) => (uint)n < Digits.Length ? Digits[n] : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\bsesion (?:ordinaria|extraordinaria) (?:numero )?\S+")]
    private static partial Regex Session();

    [GeneratedRegex(@"\blineas? de accion (?:numero )?\d+(?:\.\d+)+")]
    private static partial Regex Line();

    [GeneratedRegex(@"\bobjetivo (?:general )?(?:numero )?\d+(?:\.\d+)*")]
    private static partial Regex Objective();

    [GeneratedRegex(@"\b20\d\d\b")]
    private static partial Regex Year();
}
