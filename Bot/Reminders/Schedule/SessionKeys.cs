using System.Globalization;

namespace ProgramaBot.Reminders.Schedule;

/// <summary>Keys and Spanish titles of sessions and deadlines ("ordinaria-3" ⇄ "Sesión Ordinaria III").</summary>
public static class SessionKeys
{
    private static readonly string[] Roman = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    public static string Key(ScheduleKind kind, int number) => kind == ScheduleKind.OrdinarySession
        ? string.Create(CultureInfo.InvariantCulture, $"ordinaria-{number}")
        : string.Create(CultureInfo.InvariantCulture, $"extraordinaria-{number}");

    public static string Title(ScheduleKind kind, int number) => kind == ScheduleKind.OrdinarySession
        ? $"Sesión Ordinaria {ToRoman(number)}"
        : string.Create(CultureInfo.InvariantCulture, $"Sesión Extraordinaria {number}");

    public static string DeadlineKey(string item) => "plazo-" + item;

    public static string DeadlineTitle(string item) => $"Plazo de la línea de acción {item}";

    public static string ToRoman(int number) => number is > 0 and < 13 ? Roman[number] : number.ToString(CultureInfo.InvariantCulture);

    /// <summary>"III" or "3" → 3; null when it is neither.</summary>
    public static int? ParseNumber(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n is > 0 and < 100 ? n : null;
        }

        var index = Array.FindIndex(Roman, r => r.Length > 0 && string.Equals(r, text, StringComparison.OrdinalIgnoreCase));
        return index > 0 ? index : null;
    }
}
