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
        => Read(raw, SpanishText.Words(SpanishText.Normalize(raw)), knowledge);

    /// <param name="normalized">The words of <paramref name="raw"/> normalised (<see cref="SpanishText.Normalize"/>), read once per question.</param>
    /// <remarks>Loops rather than LINQ: this runs for every chat message, and its bytes are most of an answer's.</remarks>
    internal static Question Read(string raw, IReadOnlyList<string> normalized, ProgrammeKnowledge knowledge)
    {
        // Most questions need no spelling fix and no correction: then the words as typed, and the corrected words, are
        // the normalised array itself (never changed after this), not copies of it.
        var typed = Typed(normalized);
        List<string>? corrections = null;
        var unexplained = 0;
        for (var i = 0; i < typed.Count; i++)
        {
            var word = typed[i];
            var corrected = word;
            if (!char.IsDigit(word[0]))
            {
                var known = knowledge.Vocabulary.Correct(word) ?? Singular(word, knowledge);
                if (known is null)
                {
                    unexplained++;
                }

                corrected = known ?? word;
            }

            if (corrections is null && !ReferenceEquals(corrected, word))
            {
                corrections = new List<string>(typed.Count);
                for (var j = 0; j < i; j++)
                {
                    corrections.Add(typed[j]);
                }
            }

            corrections?.Add(corrected);
        }

        IReadOnlyList<string> words = corrections ?? typed;
        List<int>? months = null;
        List<int>? years = null;
        List<Acronym>? acronyms = null;
        List<string>? articles = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (Months.Parse(word) is { } month && !(months ??= []).Contains(month))
            {
                months.Add(month);
            }

            AddYears(word, ref years);
            if ((knowledge.Acronyms.GetValueOrDefault(word) ?? knowledge.Acronyms.GetValueOrDefault(word.TrimEnd('s'))) is { } acronym
                && !(acronyms ??= []).Contains(acronym))
            {
                acronyms.Add(acronym);
            }

            if (i > 0 && words[i - 1] is "articulo" or "articulos" && char.IsDigit(word[0]))
            {
                (articles ??= []).Add(word);
            }
        }

        return new Question
        {
            Raw = raw,
            Typed = typed,
            Words = words,
            TermGroups = SearchTerms(words, knowledge),
            Unexplained = unexplained,
            Months = months is null ? [] : months,
            Years = years is null ? [] : years,
            Acronyms = acronyms is null ? [] : acronyms,
            UnknownAcronym = UnknownAcronym(raw, knowledge),
            SectionNumbers = SectionNumbers(words, typed),
            Articles = articles is null ? [] : articles,
        };
    }

    /// <summary>The words as typed: the normalised ones with chat shorthand fixed (a fix may be two words, "porfa" → "por favor"), at most <see cref="MaxWords"/>.</summary>
    private static IReadOnlyList<string> Typed(IReadOnlyList<string> normalized)
    {
        var unchanged = normalized.Count <= MaxWords;
        for (var i = 0; i < normalized.Count && unchanged; i++)
        {
            unchanged = ReferenceEquals(Misspellings.Fix(normalized[i]), normalized[i]);
        }

        if (unchanged)
        {
            return normalized;
        }

        var typed = new List<string>(Math.Min(normalized.Count, MaxWords));
        for (var i = 0; i < normalized.Count && i < MaxWords; i++)
        {
            var fixedWord = Misspellings.Fix(normalized[i]);
            if (fixedWord.Contains(' ', StringComparison.Ordinal))
            {
                typed.AddRange(SpanishText.Words(fixedWord));
            }
            else
            {
                typed.Add(fixedWord);
            }
        }

        return typed;
    }

    /// <summary>"2021", and both years of "2020-2021" or "2020/2": each part split at - and / that is a year.</summary>
    private static void AddYears(string word, ref List<int>? years)
    {
        var rest = word.AsSpan();
        while (true)
        {
            var end = rest.IndexOfAny('-', '/');
            var part = end < 0 ? rest : rest[..end];
            if (IsYear(part) && int.Parse(part) is var year && !(years ??= []).Contains(year))
            {
                years.Add(year);
            }

            if (end < 0)
            {
                return;
            }

            rest = rest[(end + 1)..];
        }
    }

    /// <summary>The first upper-case word of the raw text that looks like an acronym the programme does not define.</summary>
    private static string? UnknownAcronym(string raw, ProgrammeKnowledge knowledge)
    {
        foreach (var match in UpperCaseWord().EnumerateMatches(raw))
        {
            var candidate = new string(raw.AsSpan(match.Index, match.Length).TrimEnd('s'));
            var folded = SpanishText.Fold(candidate);
            if (!knowledge.Acronyms.ContainsKey(folded) && !Ordinals.IsRoman(folded))
            {
                // A message typed all in capitals names no acronym by its case: then no word does.
                return string.Equals(raw.ToUpperInvariant(), raw, StringComparison.Ordinal) ? null : candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// One group per content word: its own stems plus its synonyms' stems. A group counts as found when any
    /// of its stems is; an everyday word the programme never uses ("premios") only counts through its synonyms.
    /// </summary>
    private static List<IReadOnlyList<string>> SearchTerms(IReadOnlyList<string> words, ProgrammeKnowledge knowledge)
    {
        var groups = new List<IReadOnlyList<string>>();
        for (var i = 0; i < words.Count; i++)
        {
            // Each content word once, in order of first use.
            var word = words[i];
            if (QuestionWords.IsFiller(word) || IndexOf(words, word, i) >= 0)
            {
                continue;
            }

            var own = knowledge.Index.TermGroupOf(word);
            if (own.Count > 0)
            {
                groups.Add(own);
            }
        }

        return groups;
    }

    /// <summary>Where <paramref name="word"/> first occurs among the first <paramref name="count"/> words, or -1.</summary>
    private static int IndexOf(IReadOnlyList<string> words, string word, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(words[i], word, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
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

    private static bool IsYear(ReadOnlySpan<char> s)
    {
        if (s.Length != 4 || s[0] is not ('1' or '2'))
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\b[A-ZÑ]{2,7}s?\b")]
    private static partial Regex UpperCaseWord();
}
