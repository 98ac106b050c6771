namespace ProgramaBot.Answers.Knowledge;

/// <summary>Optimal string alignment distance (Levenshtein plus adjacent swaps), giving up early past a bound.</summary>
public static class EditDistance
{
    /// <returns>The distance, or bound + 1 when it exceeds <paramref name="bound"/>.</returns>
    public static int Bounded(string a, string b, int bound)
    {
        if (bound < 0 || Math.Abs(a.Length - b.Length) > bound)
        {
            return bound + 1;
        }

        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > bound)
            {
                return bound + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length] <= bound ? previous[b.Length] : bound + 1;
    }
}
