namespace ProgramaBot.Spanish;

/// <summary>Phrases built on <see cref="Fold"/>: a chat command folded for comparison, normalised text and its words.</summary>
public static partial class SpanishText
{
    /// <summary>
    /// A chat command as typed, folded for comparison: «¿Próximos  recordatorios?» → "proximos recordatorios",
    /// «Nueva solicitúd» → "nueva solicitud"; ¿¡ become spaces, spaces collapse, trailing . ! ? go.
    /// </summary>
    public static string FoldPhrase(string text)
    {
        if (ReferenceEquals(text, t_phraseOf))
        {
            return t_phrase!;
        }

        var phrase = FoldPhraseOnce(text);
        (t_phraseOf, t_phrase) = (text, phrase);
        return phrase;
    }

    /// <summary>
    /// One pass over the folded text: what <c>string.Join(' ', Fold(text).Replace('¿', ' ').Replace('¡', ' ')
    /// .Split(whitespace, RemoveEmptyEntries)).TrimEnd('.', '!', '?')</c> gives (a space left before trimmed marks stays,
    /// as there), without the two replaced copies, the word array and the joined copy.
    /// </summary>
    private static string FoldPhraseOnce(string text)
    {
        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        ReadOnlySpan<char> folded = buffer[..FoldInto(text, buffer)];
        Span<char> phrase = folded.Length <= 512 ? stackalloc char[folded.Length] : new char[folded.Length];
        var length = 0;
        var space = false;
        foreach (var c in folded)
        {
            if (c is '¿' or '¡' || char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                phrase[length++] = ' ';
                space = false;
            }

            phrase[length++] = c;
        }

        while (length > 0 && phrase[length - 1] is '.' or '!' or '?')
        {
            length--;
        }

        return phrase[..length].SequenceEqual(text) ? text : new string(phrase[..length]);
    }

    /// <summary>Folded text with punctuation turned into single spaces.</summary>
    public static string Normalize(string text)
    {
        if (ReferenceEquals(text, t_normalizedOf))
        {
            return t_normalized!;
        }

        var normalized = NormalizeOnce(text);
        (t_normalizedOf, t_normalized) = (text, normalized);
        return normalized;
    }

    // The last input and result of FoldPhrase and Normalize, per thread. Every message handler asks whether the turn's
    // text is its command (FoldPhrase or Normalize of the same string instance, one after the other on one thread),
    // then the answer path normalises it again: each was folded up to six times per question. Keyed by reference, not
    // by value: a string never changes, so the same instance always folds to the same result; any other string (equal
    // or not) simply misses and is folded. Per thread, so nothing is shared or locked; one entry, so nothing grows.
    [ThreadStatic]
    private static string? t_phraseOf;

    [ThreadStatic]
    private static string? t_phrase;

    [ThreadStatic]
    private static string? t_normalizedOf;

    [ThreadStatic]
    private static string? t_normalized;

    private static string NormalizeOnce(string text)
    {
        var unmentioned = WithoutMentions(text);
        Span<char> buffer = unmentioned.Length <= 512 ? stackalloc char[unmentioned.Length] : new char[unmentioned.Length];
        ReadOnlySpan<char> folded = buffer[..FoldInto(unmentioned, buffer)];
        Span<char> result = folded.Length <= 512 ? stackalloc char[folded.Length] : new char[folded.Length];
        var length = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsLetterOrDigit(c))
            {
                result[length++] = c;
            }
            else if (c is '.' or ',' or '-' or '/' && IsBetweenDigits(folded, i))
            {
                // "2,2" is a common way of typing "2.2".
                result[length++] = c == ',' ? '.' : c;
            }
            else if (length > 0 && result[length - 1] != ' ')
            {
                result[length++] = ' ';
            }
        }

        // Only a space can end it that is not a letter, digit or kept punctuation.
        while (length > 0 && result[length - 1] == ' ')
        {
            length--;
        }

        return new string(result[..length]);
    }

    public static string[] Words(string normalized)
        => normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// <c>string.Join(' ', Words(normalized).Where(w => !dropped.Contains(w)))</c> written into
    /// <paramref name="destination"/> (at least as long as <paramref name="normalized"/>), without the array, the
    /// words and the joined copy: the message handlers ask it of every message to tell a command from a question.
    /// </summary>
    /// <returns>How many characters were written.</returns>
    public static int JoinWordsExcept(ReadOnlySpan<char> normalized, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> dropped, Span<char> destination)
    {
        var length = 0;
        foreach (var range in normalized.Split(' '))
        {
            var word = normalized[range];
            if (word.IsEmpty || dropped.Contains(word))
            {
                continue;
            }

            if (length > 0)
            {
                destination[length++] = ' ';
            }

            word.CopyTo(destination[length..]);
            length += word.Length;
        }

        return length;
    }

    private static bool IsBetweenDigits(ReadOnlySpan<char> s, int i)
        => i > 0 && i < s.Length - 1 && char.IsDigit(s[i - 1]) && char.IsDigit(s[i + 1]);

    /// <summary>Teams puts "&lt;at&gt;Bot&lt;/at&gt;" in the text when someone @mentions the bot.</summary>
    private static string WithoutMentions(string text)
    {
        var start = text.IndexOf("<at>", StringComparison.OrdinalIgnoreCase);
        while (start >= 0)
        {
            var end = text.IndexOf("</at>", start, StringComparison.OrdinalIgnoreCase);
            if (end < 0)
            {
                break;
            }

            text = string.Concat(text.AsSpan(0, start), " ", text.AsSpan(end + 5));
            start = text.IndexOf("<at>", StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }
}
