using System.Text.RegularExpressions;
using ProgramaBot.Reminders.Schedule;

namespace ProgramaBot.Reminders.Chat;

/// <summary>A schedule command read from chat: set (or move) / cancel a session or a deadline.</summary>
public sealed record ScheduleCommand(bool IsCancel, ScheduleKind Kind, int? Number, string? Item, string Rest)
{
    public string Key => Kind == ScheduleKind.Deadline ? SessionKeys.DeadlineKey(Item!) : SessionKeys.Key(Kind, Number!.Value);

    public string Title => Kind == ScheduleKind.Deadline ? SessionKeys.DeadlineTitle(Item!) : SessionKeys.Title(Kind, Number!.Value);
}

public static partial class ScheduleCommandParser
{
    /// <summary>Null when the text is not a schedule command at all (so another handler may take it).</summary>
    public static ScheduleCommand? Parse(string text)
    {
        var folded = SpanishText.FoldPhrase(text);
        if (Session().Match(folded) is { Success: true } s && SessionKeys.ParseNumber(s.Groups["num"].Value) is { } number)
        {
            var kind = s.Groups["kind"].Value == "ordinaria" ? ScheduleKind.OrdinarySession : ScheduleKind.ExtraordinarySession;
            return new ScheduleCommand(IsCancel(s), kind, number, null, s.Groups["rest"].Value.Trim());
        }

        return Deadline().Match(folded) is { Success: true } d
            ? new ScheduleCommand(IsCancel(d), ScheduleKind.Deadline, null, d.Groups["item"].Value, d.Groups["rest"].Value.Trim())
            : null;
    }

    private static bool IsCancel(Match match) => match.Groups["verb"].Value is "cancelar" or "suspender" or "quitar";

    [GeneratedRegex("""
        ^(?<verb>programar|agendar|fijar|mover|reprogramar|cambiar|cancelar|suspender)\s+(?:la\s+(?:fecha\s+de\s+(?:la\s+)?)?)?
        sesion\s+(?<kind>ordinaria|extraordinaria)\s+(?:(?:no|num|numero)\.?\s*)?(?<num>[ivx]+|\d{1,2})\b(?<rest>.*)$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Session();

    [GeneratedRegex("""
        ^(?<verb>programar|fijar|registrar|mover|cambiar|cancelar|quitar)\s+(?:el\s+)?plazo\s+(?:de\s+(?:la\s+)?)?
        (?:(?:linea\s+de\s+accion|actividad|punto)\s+)?(?<item>\d+(?:\.\d+)+)\b(?<rest>.*)$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Deadline();
}
