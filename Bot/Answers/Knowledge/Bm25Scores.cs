using Lucene.Net.Util;

namespace ProgramaBot.Answers.Knowledge;

/// <summary>
/// The BM25 score of every stem in every item that contains it, computed once when the index is built, exactly as
/// Lucene 4.8 scores a TermQuery under <c>BM25Similarity</c> (k1 = 1.2, b = 0.75): idf = ln(1 + (N − df + 0.5)/(df + 0.5)),
/// the item's length kept as Lucene keeps it (one byte, <see cref="SmallSingle.SingleToByte315"/> of 1/√length, so the
/// length read back is approximate), the same float operations in the same order. Building a Lucene index for a
/// programme's hundred items cost ≈ 150 ms of start-up (mostly first-time code in its writer and codecs) for figures
/// this computes in a few milliseconds. <c>SearchIndexTests</c> holds the ranking bit for bit against Lucene's own
/// index and search for every question of the project's question sets.
/// </summary>
internal static class Bm25Scores
{
    // Fields, not constants: Lucene computes with its float fields at run time, and so must this (no compile-time folding).
    private static readonly float K1 = 1.2f;
    private static readonly float B = 0.75f;

    /// <summary>Lucene's decoded lengths: 1/f² of each norm byte's float.</summary>
    private static readonly float[] LengthOfNorm = BuildLengthOfNorm();

    /// <param name="tokensOfItem">Each item's indexed tokens (stems), in order; an item's length is their count.</param>
    public static Dictionary<string, (int Item, float Score)[]> Of(IReadOnlyList<List<string>> tokensOfItem)
    {
        var itemCount = tokensOfItem.Count;
        var postings = new Dictionary<string, List<(int Item, int Freq)>>(StringComparer.Ordinal);
        var norms = new byte[itemCount];
        long totalTokens = 0;
        var freqs = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var item = 0; item < itemCount; item++)
        {
            var tokens = tokensOfItem[item];
            totalTokens += tokens.Count;
            norms[item] = SmallSingle.SingleToByte315(1f / (float)Math.Sqrt(tokens.Count));
            freqs.Clear();
            foreach (var token in tokens)
            {
                freqs[token] = freqs.GetValueOrDefault(token) + 1;
            }

            foreach (var (term, freq) in freqs)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add((item, freq));
            }
        }

        var averageLength = totalTokens <= 0 ? 1f : (float)(totalTokens / (double)itemCount);
        var lengthFactor = new float[256];
        for (var i = 0; i < lengthFactor.Length; i++)
        {
            lengthFactor[i] = K1 * ((1 - B) + (B * LengthOfNorm[i] / averageLength));
        }

        var scores = new Dictionary<string, (int Item, float Score)[]>(postings.Count, StringComparer.Ordinal);
        foreach (var (term, list) in postings)
        {
            var idf = (float)Math.Log(1 + ((itemCount - list.Count + 0.5D) / (list.Count + 0.5D)));
            var weight = idf * (K1 + 1);
            scores[term] = [.. list.Select(p => (p.Item, weight * p.Freq / (p.Freq + lengthFactor[norms[p.Item]])))];
        }

        return scores;
    }

    private static float[] BuildLengthOfNorm()
    {
        var table = new float[256];
        for (var i = 0; i < table.Length; i++)
        {
            var f = SmallSingle.SByte315ToSingle((sbyte)i);
            table[i] = 1.0f / (f * f);
        }

        return table;
    }
}
