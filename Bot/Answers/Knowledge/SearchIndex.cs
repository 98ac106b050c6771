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
public sealed class SearchIndex : IDisposable
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

    /// <summary>
    /// The top items for the question's stems, ranked exactly as Lucene ranks a BooleanQuery of one SHOULD clause per
    /// stem (BM25): each stem's per-item score as Lucene computes it (<see cref="Bm25Scores"/>), summed the way Lucene's
    /// BooleanScorer sums them (in double, last clause first; coord is 1 under BM25), ties broken by item order.
    /// Lucene's BooleanScorer allocates a 2,048-bucket table per search (≈ 150 KB for a question); this allocates
    /// the hits and two small arrays. <c>SearchIndexTests</c> compares it with Lucene's own index and search.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(IReadOnlyList<IReadOnlyList<string>> termGroups, int top = 20)
    {
        if (termGroups.Count == 0 || top <= 0)
        {
            return [];
        }

        var terms = QueryTerms(termGroups);
        if (terms.Count == 0)
        {
            return [];
        }

        var sums = SearchScratch.Sums(items.Count);
        for (var c = terms.Count - 1; c >= 0; c--)
        {
            foreach (var (doc, score) in scoresOfTerm[terms[c]])
            {
                // Every BM25 score is positive (idf > 0, frequency ≥ 1): a sum above zero is a matched item.
                sums[doc] += score;
            }
        }

        // Top N by score, then by document id: what Lucene's TopScoreDocCollector keeps and in that order. Only the
        // kept items become hits (and have their coverage computed), not every item that was in the top for a while.
        var limit = Math.Min(top, items.Count);
        Span<int> topDocs = limit <= 64 ? stackalloc int[limit] : new int[limit];
        Span<float> topScores = limit <= 64 ? stackalloc float[limit] : new float[limit];
        var kept = 0;
        for (var doc = 0; doc < items.Count; doc++)
        {
            if (sums[doc] <= 0)
            {
                continue;
            }

            var score = (float)sums[doc];
            var at = kept;
            while (at > 0 && topScores[at - 1] < score)
            {
                at--;
            }

            if (at < limit)
            {
                // Shift the lower ones down by one (the last falls off when the top is full): a few elements, by hand.
                for (var j = Math.Min(kept, limit - 1); j > at; j--)
                {
                    topDocs[j] = topDocs[j - 1];
                    topScores[j] = topScores[j - 1];
                }

                topDocs[at] = doc;
                topScores[at] = score;
                kept = Math.Min(kept + 1, limit);
            }
        }

        var hits = new SearchHit[kept];
        for (var i = 0; i < kept; i++)
        {
            hits[i] = new SearchHit(items[topDocs[i]], topDocs[i], topScores[i], Coverage(termGroups, topDocs[i]));
        }

        return hits;
    }

    /// <summary>
    /// A member may paste a long text: a question's stems are capped, which bounds a search's work and keeps the ranking
    /// the one Lucene gives (its BooleanQuery refuses more than 1,024 clauses). A term no item contains matches nothing,
    /// so leaving it out changes no ranking; of the rest, the rarest are kept.
    /// </summary>
    internal const int MaxQueryTerms = 256;

    /// <summary>The stems a search scores, in the order their scores are summed (also the reference query's clauses).</summary>
    internal List<string> QueryTerms(IReadOnlyList<IReadOnlyList<string>> termGroups)
    {
        var stems = 0;
        for (var g = 0; g < termGroups.Count; g++)
        {
            stems += termGroups[g].Count;
        }

        var terms = new List<string>(stems);
        for (var g = 0; g < termGroups.Count; g++)
        {
            var group = termGroups[g];
            for (var t = 0; t < group.Count; t++)
            {
                if (IsKnownTerm(group[t]) && !terms.Contains(group[t]))
                {
                    terms.Add(group[t]);
                }
            }
        }

        // Rarest first, then by spelling: the clause order Lucene's scores are summed in. The terms are distinct, so
        // this order is total and any sort gives it; the comparison is made once per index, not per question.
        terms.Sort(rarestFirst);
        if (terms.Count > MaxQueryTerms)
        {
            terms.RemoveRange(MaxQueryTerms, terms.Count - MaxQueryTerms);
        }

        return terms;
    }

    public void Dispose() => analyzer.Dispose();
}
