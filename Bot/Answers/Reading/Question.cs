using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Programme;

namespace ProgramaBot.Answers.Reading;

/// <summary>A question as the rules see it: corrected folded words plus the slots found in them.</summary>
public sealed record Question
{
    public required string Raw { get; init; }

    /// <summary>Folded words as typed, before spelling correction (which could turn "presidente" into "presente").</summary>
    public required IReadOnlyList<string> Typed { get; init; }

    /// <summary>Folded, corrected words in order.</summary>
    public required IReadOnlyList<string> Words { get; init; }

    /// <summary>Per content word, the stems that stand for it (its own and its synonyms'); question words dropped.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> TermGroups { get; init; }

    /// <summary>Every stem to search for.</summary>
    public IReadOnlyList<string> Terms => [.. TermGroups.SelectMany(g => g).Distinct()];

    /// <summary>"2.2", "3.5.2", and "4" or "iv" when written as "apartado 4" or "apartado IV" (folded as typed).</summary>
    public IReadOnlyList<string> SectionNumbers { get; init; } = [];

    public IReadOnlyList<int> Months { get; init; } = [];
    public IReadOnlyList<int> Years { get; init; } = [];
    public IReadOnlyList<string> Articles { get; init; } = [];
    public IReadOnlyList<Acronym> Acronyms { get; init; } = [];

    /// <summary>An upper-case word that looks like an acronym the programme does not define.</summary>
    public string? UnknownAcronym { get; init; }

    /// <summary>How many words are neither the programme's, nor question words, nor correctable to either.</summary>
    public int Unexplained { get; init; }

    public bool Has(string word) => Words.Contains(word);

    public bool HasAny(params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (Has(word))
            {
                return true;
            }
        }

        return false;
    }

    public bool HasPhrase(string phrase) => $" {string.Join(' ', Words)} ".Contains($" {phrase} ", StringComparison.Ordinal);

    /// <summary>Content words: not question words, months, numbers or the given rule words.</summary>
    public IEnumerable<string> ContentWordsExcept(IReadOnlySet<string> ruleWords)
        => Words.Where(w => IsContentWordExcept(w, ruleWords));

    /// <summary><c>ContentWordsExcept(ruleWords).Any()</c>, asked by several rules of every question, without its closure and iterator.</summary>
    public bool HasContentWordExcept(IReadOnlySet<string> ruleWords)
    {
        var words = Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (IsContentWordExcept(words[i], ruleWords))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsContentWordExcept(string w, IReadOnlySet<string> ruleWords)
        => !QuestionWords.IsFiller(w) && !ruleWords.Contains(w) && !Spanish.Months.IsMonthWord(w) && !char.IsDigit(w[0]);

    /// <summary>
    /// An ordinal attached to one of the anchor words: "tercera sesión", "sesión ordinaria III",
    /// "sesión número 3", "ordinaria 3a". Cardinals and numerals must sit right next to the anchor,
    /// so "¿hay cuatro sesiones?" is not read as the fourth one.
    /// </summary>
    public int? OrdinalNear(params ReadOnlySpan<string> anchors)
    {
        var words = Words;
        for (var i = 0; i < words.Count; i++)
        {
            var adjacent = IsAnchor(words, i - 1, anchors) || IsAnchor(words, i + 1, anchors)
                           || (IsAnchor(words, i - 2, anchors) && words[i - 1] is "numero" or "no" or "n")
                           || (IsAnchor(words, i + 2, anchors) && words[i + 1] is "sesion" or "ordinaria");
            if (Ordinals.Parse(words[i], allowRoman: adjacent) is not { } n)
            {
                continue;
            }

            // "la primera sesión ordinaria", "el séptimo objetivo general"; not "objetivo … la tercera fase".
            var isOrdinalWord = !char.IsDigit(words[i][0]) ? IsOrdinalWord(words[i]) : words[i].Length > 1;
            if (adjacent || (isOrdinalWord && (IsAnchor(words, i - 2, anchors) || IsAnchor(words, i + 2, anchors))))
            {
                return n;
            }
        }

        return null;
    }

    private static bool IsAnchor(IReadOnlyList<string> words, int j, ReadOnlySpan<string> anchors)
        => j >= 0 && j < words.Count && anchors.Contains(words[j]);

    private static bool IsOrdinalWord(string word)
        => word is "primera" or "primer" or "primero" or "segunda" or "segundo" or "tercera" or "tercer" or "tercero"
            or "cuarta" or "cuarto" or "quinta" or "quinto" or "sexta" or "sexto" or "septima" or "septimo" or "octava"
            or "octavo" or "novena" or "noveno";
}
