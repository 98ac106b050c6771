using System.Text.RegularExpressions;

namespace ProgramaBot.Conversation;

/// <summary>The subject a question names itself: a session, an objective or an action line, and a programme year.</summary>
public static partial class Subjects
{
    /// <returns>Null when the question names no session, objective or line.</returns>
    public static ConversationSubject? Of(string question, DateTimeOffset at)
    {
        var text = SpanishText.Normalize(question);
        var year = YearOf(text);
        if (Session().Match(text) is { Success: true } session
            && Ordinals.Parse(session.Groups["n"].Value, allowRoman: true) is { } n)
        {
            var kind = session.Groups["kind"].Value == "ordinaria" ? SubjectKinds.OrdinarySession : SubjectKinds.ExtraordinarySession;
            return new(kind, n.ToString(System.Globalization.CultureInfo.InvariantCulture), year, at);
        }

        if (Line().Match(text) is { Success: true } line)
        {
            return new(SubjectKinds.ActionLine, line.Groups["n"].Value, year, at);
        }

        return Objective().Match(text) is { Success: true } objective ? new(SubjectKinds.Objective, objective.Groups["n"].Value, year, at) : null;
    }

    public static int? YearOf(string normalized)
        => Year().Match(normalized) is { Success: true } m ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"\bsesion (?<kind>ordinaria|extraordinaria) (?:numero )?(?<n>\S+)")]
    private static partial Regex Session();

    [GeneratedRegex(@"\blineas? de accion (?:numero )?(?<n>\d+(?:\.\d+)+)")]
    private static partial Regex Line();

    [GeneratedRegex(@"\bobjetivo (?:general )?(?:numero )?(?<n>\d+(?:\.\d+)*)")]
    private static partial Regex Objective();

    [GeneratedRegex(@"\b20\d\d\b")]
    private static partial Regex Year();
}
