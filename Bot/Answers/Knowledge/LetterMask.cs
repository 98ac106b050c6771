using System.Numerics;

namespace ProgramaBot.Answers.Knowledge;

/// <summary>
/// Which letters a word has, one bit per letter, as a cheap lower bound of the edit distance between two words: every
/// letter of one word that the other lacks has to be substituted or deleted (a swap keeps the letters), one edit each.
/// <see cref="Vocabulary.Correct"/> skips, with it, the vocabulary words that cannot be within the bound, without
/// changing which word is chosen: a skipped word's distance is at least the bound it could not beat.
/// </summary>
internal static class LetterMask
{
    public static uint Of(ReadOnlySpan<char> word)
    {
        var mask = 0u;
        foreach (var c in word)
        {
            mask |= 1u << Bit(c);
        }

        return mask;
    }

    /// <summary>At most the edit distance between the words whose masks these are.</summary>
    public static int DistanceAtLeast(uint a, uint b)
        => Math.Max(BitOperations.PopCount(a & ~b), BitOperations.PopCount(b & ~a));

    /// <summary>
    /// a–z own bits 0–25 (folded words are lower-case ASCII letters and digits); any other character shares one of the
    /// bits 26–31. Sharing a bit only makes the bound weaker, never wrong: a bit one word has and the other lacks still
    /// means a character the other word lacks.
    /// </summary>
    private static int Bit(char c) => c is >= 'a' and <= 'z' ? c - 'a' : 26 + (c % 6);
}
