using ProgramaBot.Programme.Import;

namespace ProgramaBot.Programme.Publication;

/// <summary>
/// What a reviewer and the commission read about an imported programme, in Spanish, bounded in length: a card holds
/// about 28 KB and a request field a few thousand characters, while a document may leave hundreds of paragraphs.
/// </summary>
public static class ProgrammeSummary
{
    /// <summary>"Sesión Ordinaria I: 17 de febrero de 2026" (a day without an hour stays a day; a month stays a month).</summary>
    public static IReadOnlyList<string> Sessions(ProgrammeDocument programme, TimeZoneInfo zone)
        => [.. programme.Sessions.Ordinary.OrderBy(s => s.Ordinal).Select(s => $"{s.Name}: {When(s, programme.Year, zone)}")];

    public static string When(PlannedSession session, int year, TimeZoneInfo zone) => session switch
    {
        { StartsAt: { } startsAt } => SpanishCalendar.DateTime(TimeZoneInfo.ConvertTime(startsAt, zone)),
        { Date: { } date } => SpanishCalendar.Date(date) + " (sin hora)",
        _ => SpanishCalendar.MonthYear(session.Month, year),
    };

    /// <summary>"Objetivos generales: 9 (2.1–2.9)", one line per part the importer reported.</summary>
    public static IReadOnlyList<string> Parts(ImportReport report)
        => [.. report.Parts.Select(p => p.Numbers.Length > 0 ? $"{p.Label}: {p.Count} ({Clip(p.Numbers, 160)})" : $"{p.Label}: {p.Count}")];

    /// <summary>At most <paramref name="max"/> items, each clipped, and a last line saying how many more there are.</summary>
    public static IReadOnlyList<string> Bounded(IReadOnlyList<string> items, int max, int maxChars)
    {
        var shown = items.Take(max).Select(i => Clip(i, maxChars)).ToList();
        if (items.Count > max)
        {
            shown.Add($"… y {items.Count - max} más.");
        }

        return shown;
    }

    /// <summary>Lines joined, cut at a whole line so the text fits <paramref name="maxChars"/>.</summary>
    public static string Lines(IEnumerable<string> lines, int maxChars)
    {
        var all = lines.ToList();
        var kept = new List<string>();
        var length = 0;
        for (var i = 0; i < all.Count; i++)
        {
            var tail = $"… y {all.Count - i} más.";
            if (length + all[i].Length + 1 > maxChars - tail.Length - 1)
            {
                kept.Add(tail);
                break;
            }

            kept.Add(all[i]);
            length += all[i].Length + 1;
        }

        return string.Join('\n', kept);
    }

    public static string Clip(string text, int maxChars)
    {
        var oneLine = string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return oneLine.Length <= maxChars ? oneLine : oneLine[..(maxChars - 1)].TrimEnd() + "…";
    }
}
