using System.Text.RegularExpressions;
using ProgramaBot.Reminders.Commands;
using ProgramaBot.Reminders.Schedule;

namespace ProgramaBot.Reminders.Chat;

/// <summary>Reads a schedule command from chat text: set (or move) / cancel a session or a deadline.</summary>
public static partial class ScheduleCommandParser
{
    /// <summary>Null when the text is not a schedule command at all (so another handler may take it).</summary>
    public static ScheduleCommand? Parse(string text)
    {
        var folded = SpanishText.FoldPhrase(text);
        if (Session().Match(folded) is { Success: true } s && SessionKeys.ParseNumber(s.Groups["num"].Value) is { } number)
        {
            var kind = s.Groups["kind"].Value == "ordinaria" ? ScheduleKind.OrdinarySession : ScheduleKind.ExtraordinarySession;
            return IsCancel(s) ? new CancelSession(kind, number) : new ScheduleSession(kind, number, s.Groups["rest"].Value.Trim());
        }

        if (Deadline().Match(folded) is not { Success: true } d)
        {
            return null;
        }

        var item = d.Groups["item"].Value;
        return IsCancel(d) ? new CancelDeadline(item) : new ScheduleDeadline(item, d.Groups["rest"].Value.Trim());
    }

    /// <summary>A session as the schedule card's choice names it («sesion ordinaria iii»); null when it names none.</summary>
    public static (ScheduleKind Kind, int Number)? ParseSession(string text)
        => SessionName().Match(SpanishText.FoldPhrase(text)) is { Success: true } match
           && SessionKeys.ParseNumber(match.Groups["num"].Value) is { } number
            ? (match.Groups["kind"].Value == "ordinaria" ? ScheduleKind.OrdinarySession : ScheduleKind.ExtraordinarySession, number)
            : null;

    private static bool IsCancel(Match match) => match.Groups["verb"].Value is "cancelar" or "suspender" or "quitar";

    [GeneratedRegex("""
        ^(?<verb>programar|agendar|fijar|mover|reprogramar|cambiar|cancelar|suspender)\s+(?:la\s+(?:fecha\s+de\s+(?:la\s+)?)?)?
        sesion\s+(?<kind>ordinaria|extraordinaria)\s+(?:(?:no|num|numero)\.?\s*)?(?<num>[ivx]+|\d{1,2})\b(?<rest>.*)$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Session();

    [GeneratedRegex(@"^sesion\s+(?<kind>ordinaria|extraordinaria)\s+(?<num>[ivx]+|\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex SessionName();

    [GeneratedRegex("""
        ^(?<verb>programar|fijar|registrar|mover|cambiar|cancelar|quitar)\s+(?:el\s+)?plazo\s+(?:de\s+(?:la\s+)?)?
        (?:(?:linea\s+de\s+accion|actividad|punto)\s+)?(?<item>\d+(?:\.\d+)+)\b(?<rest>.*)$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Deadline();
}
