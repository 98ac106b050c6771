using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ProgramaBot.Answers.Knowledge;

/// <summary>
/// Lucene index of a programme's items with Spanish stemming and stop words, held in memory.
/// Lucene ranks; <see cref="Coverage"/> (how much of the question's weight the item explains) calibrates.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>One field for everything an item says: one term clause per query stem keeps a search well under a millisecond.</summary>
    private const string TextField = "text";

    /// <summary>
    /// Indexed, not stored, without positions: nothing here needs phrases or stored values, and each
    /// feature left out is Lucene code that need not be JIT-compiled at start-up. With one writer session
    /// and no merges, a document's id is its item's index.
    /// </summary>
    private static readonly FieldType TextFieldType = new()
    {
        IsIndexed = true,
        IsTokenized = true,
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
        IsStored = false,
    };

    /// <summary>Analysing a word is a pure function; memoising it saves most of the cost of reading a question. Bounded against odd input.</summary>
    private const int MaxMemoisedWords = 20_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> stemsOfWord = new(StringComparer.Ordinal);

    private readonly Analyzer analyzer = new SpanishAnalyzer(Version);
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly IReadOnlyList<KnowledgeItem> items;
    private readonly HashSet<string>[] termsOfItem;
    private readonly TermScores termScores;

    private readonly Dictionary<string, double> idf = new(StringComparer.Ordinal);
    private readonly double unknownTermWeight;

    public SearchIndex(IReadOnlyList<KnowledgeItem> items)
    {
        this.items = items;
        var config = new IndexWriterConfig(Version, analyzer)
        {
            Similarity = new BM25Similarity(),
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES, // keeps document ids in insertion order
            UseCompoundFile = false,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                writer.AddDocument(new Document
                {
                    // The title twice: a word in it says more about the item than one in the body.
                    new Field(TextField, SpanishText.Normalize($"{item.Title} {item.Title} {item.Body} {item.Keywords}"), TextFieldType),
                });
            }
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        termScores = new TermScores(searcher, TextField, items.Count, MaxMemoisedWords);
        termsOfItem = [.. items.Select(item => Terms(SpanishText.Normalize($"{item.Title} {item.Body} {item.Keywords}")).ToHashSet())];
        foreach (var group in termsOfItem.SelectMany(t => t).GroupBy(t => t))
        {
            idf[group.Key] = Math.Log(1 + (items.Count / (group.Count() + 0.5)));
        }

        unknownTermWeight = Math.Log(1 + (items.Count / 0.5));
    }

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
    /// stem (BM25): each stem's per-item score is Lucene's own (<see cref="TermScores.ScoresOf"/>), summed the way Lucene's
    /// BooleanScorer sums them (in double, last clause first; coord is 1 under BM25), ties broken by item order.
    /// Lucene's BooleanScorer allocates a 2,048-bucket table per search (≈ 150 KB for a question); this allocates
    /// the hits and two small arrays. <see cref="SearchWithLucene"/> is the reference it is tested against.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(IReadOnlyList<IReadOnlyList<string>> termGroups, int top = 20)
    {
        if (termGroups.Count == 0)
        {
            return [];
        }

        var terms = QueryTerms(termGroups);
        if (terms.Count == 0)
        {
            return [];
        }

        var sums = new double[items.Count];
        var matched = new bool[items.Count];
        for (var c = terms.Count - 1; c >= 0; c--)
        {
            foreach (var (doc, score) in termScores.ScoresOf(terms[c]))
            {
                sums[doc] += score;
                matched[doc] = true;
            }
        }

        // Top N by score, then by document id: what Lucene's TopScoreDocCollector keeps and in that order.
        var hits = new List<SearchHit>(Math.Min(top, items.Count));
        for (var doc = 0; doc < items.Count; doc++)
        {
            if (!matched[doc])
            {
                continue;
            }

            var score = (float)sums[doc];
            var at = hits.Count;
            while (at > 0 && hits[at - 1].LuceneScore < score)
            {
                at--;
            }

            if (at < top)
            {
                if (hits.Count == top)
                {
                    hits.RemoveAt(top - 1);
                }

                hits.Insert(at, new SearchHit(items[doc], doc, score, Coverage(termGroups, doc)));
            }
        }

        return hits;
    }

    /// <summary>The same ranking through Lucene's own BooleanQuery search: the reference <see cref="Search"/> must equal.</summary>
    internal IReadOnlyList<SearchHit> SearchWithLucene(IReadOnlyList<IReadOnlyList<string>> termGroups, int top = 20)
    {
        if (termGroups.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery();
        foreach (var t in QueryTerms(termGroups))
        {
            query.Add(termScores.QueryOf(t), Occur.SHOULD);
        }

        var docs = searcher.Search(query, top).ScoreDocs;
        return [.. docs.Select(d => new SearchHit(items[d.Doc], d.Doc, d.Score, Coverage(termGroups, d.Doc)))];
    }

    /// <summary>
    /// Lucene refuses a query of more than 1,024 clauses (TooManyClausesException), and a member may paste a long text.
    /// A term no item contains matches nothing, so leaving it out changes no ranking; of the rest, the rarest are kept.
    /// </summary>
    internal const int MaxQueryTerms = 256;

    private List<string> QueryTerms(IReadOnlyList<IReadOnlyList<string>> termGroups)
    {
        var terms = new List<string>();
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

        // Rarest first, then by spelling: the clause order Lucene's scores are summed in.
        terms.Sort((a, b) => Weight(b).CompareTo(Weight(a)) is var byWeight and not 0 ? byWeight : string.CompareOrdinal(a, b));
        if (terms.Count > MaxQueryTerms)
        {
            terms.RemoveRange(MaxQueryTerms, terms.Count - MaxQueryTerms);
        }

        return terms;
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }
}
