using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace ProgramaBot.Answers.Knowledge;

/// <summary>
/// A programme's items indexed in memory with Lucene's Spanish analysis (stemming and stop words) and ranked by Lucene's
/// BM25 scores (<see cref="Bm25Scores"/>); <see cref="Coverage"/> (how much of the question's weight the item explains)
/// calibrates.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>One field for everything an item says: one term clause per query stem.</summary>
    internal const string TextField = "text";

    /// <summary>Analysing a word is a pure function; memoising it saves most of the cost of reading a question. Bounded against odd input.</summary>
    private const int MaxMemoisedWords = 20_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> stemsOfWord = new(StringComparer.Ordinal);

    private readonly Analyzer analyzer = new SpanishAnalyzer(Version);
    private readonly IReadOnlyList<KnowledgeItem> items;
    private readonly HashSet<string>[] termsOfItem;

    /// <summary>Each stem's BM25 score in every item containing it; the index never changes, so all are computed once.</summary>
    private readonly Dictionary<string, (int Item, float Score)[]> scoresOfTerm;

    private readonly Dictionary<string, double> idf = new(StringComparer.Ordinal);
    private readonly double unknownTermWeight;
    private readonly Comparison<string> rarestFirst;

    public SearchIndex(IReadOnlyList<KnowledgeItem> items)
    {
        this.items = items;
        scoresOfTerm = Bm25Scores.Of([.. items.Select(item => Terms(IndexedText(item)))]);
        termsOfItem = [.. items.Select(item => Terms(SpanishText.Normalize($"{item.Title} {item.Body} {item.Keywords}")).ToHashSet())];
        foreach (var group in termsOfItem.SelectMany(t => t).GroupBy(t => t))
        {
            idf[group.Key] = Math.Log(1 + (items.Count / (group.Count() + 0.5)));
        }

        unknownTermWeight = Math.Log(1 + (items.Count / 0.5));
        rarestFirst = (a, b) => Weight(b).CompareTo(Weight(a)) is var byWeight and not 0 ? byWeight : string.CompareOrdinal(a, b);
    }

    /// <summary>What an item's field holds: the title twice, since a word in it says more about the item than one in the body.</summary>
    internal static string IndexedText(KnowledgeItem item) => SpanishText.Normalize($"{item.Title} {item.Title} {item.Body} {item.Keywords}");

    public IReadOnlyList<KnowledgeItem> Items => items;

    /// <summary>Stems of the content words of already normalised text (Spanish stop words removed).</summary>
    public List<string> Terms(string normalized)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(TextField, normalized);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>Stems of one folded word, memoised.</summary>
    public IReadOnlyList<string> StemsOf(string word)
    {
        if (stemsOfWord.TryGetValue(word, out var stems))
        {
            return stems;
        }

        stems = [.. Terms(word)];
        if (stemsOfWord.Count < MaxMemoisedWords)
        {
            stemsOfWord.TryAdd(word, stems);
        }

        return stems;
    }

    /// <summary>
    /// The stems a question word stands for: its own, or, for a word of the <see cref="Thesaurus"/>, those of its own
    /// the programme uses and its synonyms' (in that order, once each). Memoised per index for thesaurus words, a fixed
    /// set, so the memo is bounded; a concurrent dictionary of immutable arrays, so concurrent questions share it.
    /// </summary>
    public IReadOnlyList<string> TermGroupOf(string word)
    {
        if (Thesaurus.Expand(word) is not { } synonyms)
        {
            return StemsOf(word);
        }

        return termGroupOfSynonym.TryGetValue(word, out var group)
            ? group
            : termGroupOfSynonym.GetOrAdd(word, [.. StemsOf(word).Where(IsKnownTerm).Concat(SpanishText.Words(synonyms).SelectMany(StemsOf)).Distinct()]);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> termGroupOfSynonym = new(StringComparer.Ordinal);

    public bool IsKnownTerm(string term) => idf.ContainsKey(term);

    public double Weight(string term) => idf.TryGetValue(term, out var w) ? w : unknownTermWeight;

    /// <summary>
    /// Share of the question's weight the item explains: 1 when every word (or one of its synonyms) occurs in it.
    /// A word weighs as much as its rarest known stem; a word the programme never uses weighs the most.
    /// </summary>
    public double Coverage(IReadOnlyList<IReadOnlyList<string>> termGroups, int itemIndex)
    {
        // Called for every hit of every search: indexed loops, no LINQ delegates or boxed enumerators per group.
        double total = 0, found = 0;
        var itemTerms = termsOfItem[itemIndex];
        for (var g = 0; g < termGroups.Count; g++)
        {
            var group = termGroups[g];
            if (group.Count == 0)
            {
                continue;
            }

            double w = double.MaxValue;
            var inItem = false;
            for (var t = 0; t < group.Count; t++)
            {
                w = Math.Min(w, Weight(group[t]));
                inItem = inItem || itemTerms.Contains(group[t]);
            }

            total += w;
            if (inItem)
            {
                found += w;
            }
        }

        return total == 0 ? 0 : found / total;
    }

    public void Dispose() => analyzer.Dispose();
}
