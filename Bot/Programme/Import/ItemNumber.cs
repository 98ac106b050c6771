using System.Text.RegularExpressions;

namespace ProgramaBot.Programme.Import;

/// <summary>
/// The number an item starts with ("2.1", "3.5.2.", "II.3", "1)") split in parts, Roman parts translated to
/// Arabic so the programme's numbers are always "2.1" and "3.5.2"; and the text after it.
/// </summary>
public sealed partial record ItemNumber(IReadOnlyList<int> Parts, string Text)
{
    public override string ToString() => string.Join('.', Parts);

    public static ItemNumber? TryRead(string text)
    {
        if (Pattern().Match(text.Trim()) is not { Success: true } m)
        {
            return null;
        }

        var parts = new List<int>();
        foreach (var piece in m.Groups["number"].Value.Split('.'))
        {
            if (RomanNumerals.ValueOf(piece) is not { } value)
            {
                return null;
            }

            parts.Add(value);
        }

        return new ItemNumber(parts, m.Groups["text"].Value.Trim());
    }

    [GeneratedRegex(@"^(?<number>(?:\d{1,2}|[IVX]{1,5})(?:\.\d{1,2}){0,3})(?:\.-|\.|\)|-|–)?\s+(?<text>\S.*)$")]
    private static partial Regex Pattern();
}
