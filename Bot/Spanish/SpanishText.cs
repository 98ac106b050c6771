using System.Text;

namespace ProgramaBot.Spanish;

/// <summary>
/// Folds Spanish text to a comparable form: lower case, accents and diaeresis removed but ñ kept
/// (año is not ano), ¿¡ and punctuation dropped, while keeping the dots of section numbers (3.5.2),
/// the dash of year spans (2020-2021) and the slash of academic periods (2020/2).
/// An explicit table rather than Unicode normalisation or culture-aware comparison: both degrade
/// silently in globalization-invariant containers.
/// </summary>
public static class SpanishText
{
    public static string Fold(string text)
    {
        var lower = text.ToLowerInvariant();
        var folded = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (c is >= '\u0300' and <= '\u036F')
            {
                // Already decomposed text (as some keyboards send it): n + combining tilde is still ñ.
                if (c == '\u0303' && folded.Length > 0 && folded[^1] == 'n')
                {
                    folded[^1] = 'ñ';
                }

                continue;
            }

            folded.Append(c switch
            {
                'á' or 'à' or 'ä' or 'â' or 'ã' => 'a',
                'é' or 'è' or 'ë' or 'ê' => 'e',
                'í' or 'ì' or 'ï' or 'î' => 'i',
                'ó' or 'ò' or 'ö' or 'ô' or 'õ' => 'o',
                'ú' or 'ù' or 'ü' or 'û' => 'u',
                'ç' => 'c',
                _ => c,
            });
        }

        return folded.ToString();
    }

    /// <summary>
    /// A chat command as typed, folded for comparison: «¿Próximos  recordatorios?» → "proximos recordatorios",
    /// «Nueva solicitúd» → "nueva solicitud"; ¿¡ become spaces, spaces collapse, trailing . ! ? go.
    /// </summary>
    public static string FoldPhrase(string text)
    {
        var folded = Fold(text).Replace('¿', ' ').Replace('¡', ' ');
        return string.Join(' ', folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', '?');
    }

    /// <summary>Folded text with punctuation turned into single spaces.</summary>
    public static string Normalize(string text)
    {
        var folded = Fold(WithoutMentions(text));
        var result = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsLetterOrDigit(c))
            {
                result.Append(c);
            }
            else if (c is '.' or ',' or '-' or '/' && IsBetweenDigits(folded, i))
            {
                // "2,2" is a common way of typing "2.2".
                result.Append(c == ',' ? '.' : c);
            }
            else if (result.Length > 0 && result[^1] != ' ')
            {
                result.Append(' ');
            }
        }

        return result.ToString().TrimEnd();
    }

    public static string[] Words(string normalized)
        => normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsBetweenDigits(string s, int i)
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
