namespace ProgramaBot.Programme.Import;

/// <summary>Roman numerals as apartados and sessions use them (I to about XX).</summary>
public static class RomanNumerals
{
    private static readonly (int Value, string Letters)[] Table =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    public static string From(int value)
    {
        var result = new System.Text.StringBuilder();
        foreach (var (v, letters) in Table)
        {
            while (value >= v)
            {
                result.Append(letters);
                value -= v;
            }
        }

        return result.ToString();
    }

    /// <summary>The value of a well-formed numeral ("iv", "XII"), else null ("IIII", "IC", "casa").</summary>
    public static int? TryParse(string text)
    {
        var upper = text.Trim().ToUpperInvariant();
        if (upper.Length == 0 || upper.Any(c => !"IVXLCDM".Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        var value = 0;
        var rest = upper.AsSpan();
        foreach (var (v, letters) in Table)
        {
            while (rest.StartsWith(letters, StringComparison.Ordinal))
            {
                value += v;
                rest = rest[letters.Length..];
            }
        }

        return rest.IsEmpty && value > 0 && From(value) == upper ? value : null;
    }

    /// <summary>"4" → 4, "IV" → 4, else null.</summary>
    public static int? ValueOf(string number)
        => int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : TryParse(number);
}
