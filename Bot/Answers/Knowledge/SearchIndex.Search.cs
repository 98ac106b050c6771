namespace ProgramaBot.Answers.Knowledge;

/// <summary>A question's search: its stems' BM25 scores summed as Lucene sums them, and the top items.</summary>
public sealed partial class SearchIndex
{
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
}
