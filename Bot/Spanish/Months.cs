namespace ProgramaBot.Spanish;

/// <summary>Spanish month names, as folded words and as display text.</summary>
public static class Months
{
    private static readonly string[] Names =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    private static readonly Dictionary<string, int> ByWord = BuildWords();

    public static string Name(int month) => Names[month - 1];

    /// <summary>1–12 for a month word ("septiembre", "setiembre", "sept", "dic"), else null.</summary>
    public static int? Parse(string word) => ByWord.TryGetValue(word, out var month) ? month : null;

    public static bool IsMonthWord(string word) => ByWord.ContainsKey(word);

    private static Dictionary<string, int> BuildWords()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Names.Length; i++)
        {
            words[Names[i]] = i + 1;
        }

        // Common abbreviations and spellings; "mar" and "may" are left out: they are ordinary words.
        foreach (var (word, month) in new[]
                 {
                     ("ene", 1), ("feb", 2), ("abr", 4), ("jun", 6), ("jul", 7), ("ago", 8), ("sep", 9),
                     ("sept", 9), ("setiembre", 9), ("septiempre", 9), ("oct", 10), ("nov", 11), ("dic", 12),
                     ("febero", 2), ("agsoto", 8), ("octubr", 10), ("noviembr", 11), ("diciembr", 12),
                 })
        {
            words[word] = month;
        }

        return words;
    }
}
