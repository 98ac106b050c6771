using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ProgramaBot.Answers.Knowledge;

/// <summary>
/// Lucene's BM25 score of one stem in every item containing it, from a TermQuery search (so the figures are Lucene's,
/// not a re-implementation of its formula), computed once per stem: the index never changes. <see cref="SearchIndex"/>
/// sums them per question instead of running a BooleanQuery, whose scorer allocates a 2,048-bucket table per search.
/// </summary>
internal sealed class TermScores(IndexSearcher searcher, string field, int itemCount, int maxQueries)
{
    /// <summary>
    /// One immutable term query per stem, shared by every search (a query only reads it): a question's clauses are
    /// then a lookup each, not a Term, its bytes and a TermQuery per turn. Bounded against odd input.
    /// </summary>
    private readonly ConcurrentDictionary<string, TermQuery> queryOfTerm = new(StringComparer.Ordinal);

    /// <summary>Bounded by the index's own terms: <see cref="SearchIndex"/> asks only for stems an item contains.</summary>
    private readonly ConcurrentDictionary<string, (int Doc, float Score)[]> scoresOfTerm = new(StringComparer.Ordinal);

    public (int Doc, float Score)[] ScoresOf(string term)
    {
        if (scoresOfTerm.TryGetValue(term, out var scores))
        {
            return scores;
        }

        scores = [.. searcher.Search(QueryOf(term), Math.Max(1, itemCount)).ScoreDocs.Select(d => (d.Doc, d.Score))];
        scoresOfTerm.TryAdd(term, scores);
        return scores;
    }

    public TermQuery QueryOf(string term)
    {
        if (queryOfTerm.TryGetValue(term, out var query))
        {
            return query;
        }

        query = new TermQuery(new Term(field, term));
        if (queryOfTerm.Count < maxQueries)
        {
            queryOfTerm.TryAdd(term, query);
        }

        return query;
    }
}
