using System.Globalization;
using System.Text.RegularExpressions;
using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Programme;

namespace ProgramaBot.Answers.Reading;

/// <summary>Normalises a question, corrects its spelling against the programme's vocabulary and finds its slots.</summary>
public static partial class QuestionReader
{
    /// <summary>
    /// No question is this long; a pasted text can be tens of thousands of words, and correcting each against the
    /// vocabulary would hold the answer past Teams' 15 s. The words after these are not read.
    /// </summary>
    internal const int MaxWords = 200;

    public static Question Read(string raw, ProgrammeKnowledge knowledge)
    {
        var words = new List<string>();
        var unexplained = 0;
        var typed = SpanishText.Words(SpanishText.Normalize(raw)).Take(MaxWords).SelectMany(w => SpanishText.Words(Misspellings.Fix(w))).ToList();
        foreach (var word in typed)
        {
            if (char.IsDigit(word[0]))
            {
                words.Add(word);
                continue;
            }

            var corrected = knowledge.Vocabulary.Correct(word) ?? Singular(word, knowledge);
            if (corrected is null)
            {
                unexplained++;
            }

            words.Add(corrected ?? word);
        }

        var question = new Question
        {
            Raw = raw,
            Typed = typed,
            Words = words,
            TermGroups = SearchTerms(words, knowledge),
            Unexplained = unexplained,
            Months = [.. words.Select(Months.Parse).OfType<int>().Distinct()],
            Years = [.. words.SelectMany(w => w.Split('-', '/')).Where(IsYear).Select(int.Parse).Distinct()],
            Acronyms = [.. words.Select(w => knowledge.Acronyms.GetValueOrDefault(w) ?? knowledge.Acronyms.GetValueOrDefault(w.TrimEnd('s')))
                .OfType<Acronym>().Distinct()],
            UnknownAcronym = UpperCaseWord().Matches(raw).Select(m => m.Value.TrimEnd('s'))
                .FirstOrDefault(a => !knowledge.Acronyms.ContainsKey(SpanishText.Fold(a)) && !Ordinals.IsRoman(SpanishText.Fold(a)) && !string.Equals(raw.ToUpperInvariant(), raw, StringComparison.Ordinal)),
        };

        return question with
        {
            SectionNumbers = SectionNumbers(words, typed),
            Articles = [.. words.Skip(1).Where((w, i) => words[i] is "articulo" or "articulos" && char.IsDigit(w[0]))],
        };
    }

    /// <summary>
    /// One group per content word: its own stems plus its synonyms' stems. A group counts as found when any
    /// of its stems is; an everyday word the programme never uses ("premios") only counts through its synonyms.
    /// </summary>
    private static List<IReadOnlyList<string>> SearchTerms(List<string> words, ProgrammeKnowledge knowledge)
    {
        var groups = new List<IReadOnlyList<string>>();
        foreach (var word in words.Where(w => !QuestionWords.IsFiller(w)).Distinct())
        {
            var own = knowledge.Index.StemsOf(word);
            if (Thesaurus.Expand(word) is { } synonyms)
            {
                own = [.. own.Where(knowledge.Index.IsKnownTerm).Concat(SpanishText.Words(synonyms).SelectMany(knowledge.Index.StemsOf)).Distinct()];
            }

            if (own.Count > 0)
            {
                groups.Add(own);
            }
        }

        return groups;
    }

    /// <summary>
    /// "3.5.2" as typed, and the bare number after "apartado", "sección" or "punto": Arabic or Roman ("apartado V"),
    /// read from the words as typed so spelling correction cannot turn a numeral into a word.
    /// </summary>
    private static List<string> SectionNumbers(List<string> words, List<string> typed)
    {
        var numbers = words.Where(w => SectionNumber().IsMatch(w)).ToList();
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i - 1] is "apartado" or "seccion" or "punto" && (typed[i].All(char.IsDigit) || Ordinals.IsRoman(typed[i])))
            {
                numbers.Add(typed[i]);
            }

            // «el quinto apartado», «apartado tercero»: the value, which Apartados.Find matches to "5" or "V".
            var ordinalWord = words[i] == "apartado" ? words[i - 1] : words[i - 1] == "apartado" ? words[i] : null;
            if (ordinalWord is not null && !char.IsDigit(ordinalWord[0]) && Ordinals.Parse(ordinalWord, allowRoman: false) is { } n)
            {
                numbers.Add(n.ToString(CultureInfo.InvariantCulture));
            }
        }

        return numbers;
    }

    /// <summary>Plurals of known words ("conciliaciones" when only "conciliacion" occurs) are known too.</summary>
    private static string? Singular(string word, ProgrammeKnowledge knowledge)
    {
        foreach (var candidate in new[] { word.EndsWith("es", StringComparison.Ordinal) ? word[..^2] : null, word.TrimEnd('s') })
        {
            if (candidate is { Length: > 2 } && knowledge.Vocabulary.Contains(candidate))
            {
                return word;
            }
        }

        return null;
    }

    private static bool IsYear(string s) => s.Length == 4 && s.All(char.IsDigit) && s[0] is '1' or '2';

    [GeneratedRegex(@"^\d+(\.\d+)+$")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"\b[A-ZÑ]{2,7}s?\b")]
    private static partial Regex UpperCaseWord();
}
