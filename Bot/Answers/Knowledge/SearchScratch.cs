namespace ProgramaBot.Answers.Knowledge;

/// <summary>
/// The per-item sums of one search, reused by the next search on the same thread instead of a new array per question
/// (≈ 1–2 KB each). Safe under concurrent answers: each thread has its own array ([ThreadStatic]), and a search
/// neither awaits nor calls another search while it holds it, so no two uses on one thread overlap.
/// </summary>
internal static class SearchScratch
{
    [ThreadStatic]
    private static double[]? sums;

    /// <returns>At least <paramref name="count"/> zeros, valid until this thread's next call.</returns>
    public static Span<double> Sums(int count)
    {
        if (sums is null || sums.Length < count)
        {
            sums = new double[Math.Max(count, 256)];
        }

        var span = sums.AsSpan(0, count);
        span.Clear();
        return span;
    }
}
