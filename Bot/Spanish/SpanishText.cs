namespace ProgramaBot.Spanish;

/// <summary>
/// Folds Spanish text to a comparable form: lower case, accents and diaeresis removed but ñ kept
/// (año is not ano), ¿¡ and punctuation dropped, while keeping the dots of section numbers (3.5.2),
/// the dash of year spans (2020-2021) and the slash of academic periods (2020/2).
/// An explicit table rather than Unicode normalisation or culture-aware comparison: both degrade
/// silently in globalization-invariant containers.
/// </summary>
public static partial class SpanishText
{
    public static string Fold(string text)
    {
        var lower = text.ToLowerInvariant();

        // Every character folded below is U+00E0 or above: text without any (most chat text once lower-cased) is
        // already folded, and is returned without a second copy. Called for every question; the answer path counts bytes.
        var first = 0;
        while (first < lower.Length && lower[first] < '\u00E0')
        {
            first++;
        }

        if (first == lower.Length)
        {
            return lower;
        }

        Span<char> folded = lower.Length <= 256 ? stackalloc char[lower.Length] : new char[lower.Length];
        lower.AsSpan(0, first).CopyTo(folded);
        var length = first;
        for (var i = first; i < lower.Length; i++)
        {
            var c = lower[i];
            if (c is >= '\u0300' and <= '\u036F')
            {
                // Already decomposed text (as some keyboards send it): n + combining tilde is still ñ.
                if (c == '\u0303' && length > 0 && folded[length - 1] == 'n')
                {
                    folded[length - 1] = 'ñ';
                }

                continue;
            }

            folded[length++] = FoldedChar(c);
        }

        return new string(folded[..length]);
    }

    /// <summary>
    /// Whether <paramref name="text"/>, folded, contains <paramref name="folded"/> (already folded): what
    /// <c>Fold(text).Contains(folded)</c> says, without making the folded copy.
    /// </summary>
    public static bool FoldedContains(string text, string folded)
    {
        Span<char> buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        return buffer[..FoldInto(text, buffer)].IndexOf(folded, StringComparison.Ordinal) >= 0;
    }

    private static char FoldedChar(char c) => c switch
    {
        'á' or 'à' or 'ä' or 'â' or 'ã' => 'a',
        'é' or 'è' or 'ë' or 'ê' => 'e',
        'í' or 'ì' or 'ï' or 'î' => 'i',
        'ó' or 'ò' or 'ö' or 'ô' or 'õ' => 'o',
        'ú' or 'ù' or 'ü' or 'û' => 'u',
        'ç' => 'c',
        _ => c,
    };

    /// <summary>
    /// <see cref="Fold"/> written into <paramref name="destination"/> (at least as long as <paramref name="text"/>):
    /// the same lower-casing and table, without the lower-cased copy and the folded copy.
    /// </summary>
    /// <returns>How many characters were written.</returns>
    private static int FoldInto(ReadOnlySpan<char> text, Span<char> destination)
    {
        var lower = destination[..text.ToLowerInvariant(destination)];
        var length = 0;
        foreach (var c in lower)
        {
            // Written over the lower-cased copy, which it never outgrows.
            if (c is >= '\u0300' and <= '\u036F')
            {
                if (c == '\u0303' && length > 0 && lower[length - 1] == 'n')
                {
                    lower[length - 1] = 'ñ';
                }

                continue;
            }

            lower[length++] = FoldedChar(c);
        }

        return length;
    }
}
