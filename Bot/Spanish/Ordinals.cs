namespace ProgramaBot.Spanish;

/// <summary>
/// Reads an ordinal in the forms people type for sessions and objectives:
/// "III", "3", "tercera", "tercer", "3a", "3ra", "3era", "3°", "tres".
/// </summary>
public static class Ordinals
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["primera"] = 1, ["primer"] = 1, ["primero"] = 1, ["uno"] = 1, ["una"] = 1,
        ["segunda"] = 2, ["segundo"] = 2, ["dos"] = 2,
        ["tercera"] = 3, ["tercer"] = 3, ["tercero"] = 3, ["tres"] = 3,
        ["cuarta"] = 4, ["cuarto"] = 4, ["cuatro"] = 4,
        ["quinta"] = 5, ["quinto"] = 5, ["cinco"] = 5,
        ["sexta"] = 6, ["sexto"] = 6, ["seis"] = 6,
        ["septima"] = 7, ["septimo"] = 7, ["setima"] = 7, ["siete"] = 7,
        ["octava"] = 8, ["octavo"] = 8, ["ocho"] = 8,
        ["novena"] = 9, ["noveno"] = 9, ["nueve"] = 9,
    };

    private static readonly Dictionary<string, int> Roman = new(StringComparer.Ordinal)
    {
        ["i"] = 1, ["ii"] = 2, ["iii"] = 3, ["iv"] = 4, ["v"] = 5, ["vi"] = 6, ["vii"] = 7, ["viii"] = 8, ["ix"] = 9,
    };

    /// <param name="allowRoman">Roman numerals only count next to a word like "ordinaria"; "i" and "v" are too common otherwise.</param>
    public static int? Parse(string word, bool allowRoman)
    {
        if (Words.TryGetValue(word, out var n) || (allowRoman && Roman.TryGetValue(word, out n)))
        {
            return n;
        }

        // 3, 3a, 3ra, 3era, 3er, 3o, 3ro, 3°, 3º (the degree signs are already punctuation by now).
        var digits = 0;
        while (digits < word.Length && char.IsDigit(word[digits]))
        {
            digits++;
        }

        if (digits is 0 or > 1)
        {
            return null;
        }

        var suffix = word[digits..];
        return suffix is "" or "a" or "ra" or "era" or "er" or "o" or "ro" or "do" or "da" or "ta" or "to" or "va" or "vo" or "na" or "no"
            ? word[0] - '0'
            : null;
    }

    public static bool IsRoman(string word) => Roman.ContainsKey(word);

    public static string ToRoman(int n) => n switch
    {
        1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", 9 => "IX",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static string Feminine(int n) => n switch
    {
        1 => "primera", 2 => "segunda", 3 => "tercera", 4 => "cuarta", 5 => "quinta",
        6 => "sexta", 7 => "séptima", 8 => "octava", 9 => "novena",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static string Cardinal(int n) => n switch
    {
        1 => "una", 2 => "dos", 3 => "tres", 4 => "cuatro", 5 => "cinco", 6 => "seis", 7 => "siete", 8 => "ocho",
        9 => "nueve", 10 => "diez", 11 => "once", 12 => "doce",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
