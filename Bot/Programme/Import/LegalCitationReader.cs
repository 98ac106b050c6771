using System.Text.RegularExpressions;

namespace ProgramaBot.Programme.Import;

/// <summary>An article a paragraph cites: "artículo 86, numerales 1 y 3, de la Ley …".</summary>
/// <param name="Law">The law as the sentence names it: a full name, a short name ("Estatuto") or a reference ("Reglamento").</param>
public sealed record LegalCitation(string Article, string? Provision, string Law);

/// <summary>
/// Finds the articles a paragraph cites and the law each belongs to. A short or back reference («del Estatuto»,
/// «del Reglamento antes citado», «del multicitado Reglamento») is resolved by <see cref="LawNames"/>.
/// </summary>
public static partial class LegalCitationReader
{
    private static readonly HashSet<string> Connectors = ["de", "del", "la", "las", "los", "el", "y", "e", "para", "en"];

    public static IReadOnlyList<LegalCitation> Read(string paragraph)
    {
        var citations = new List<LegalCitation>();
        foreach (Match article in Article().Matches(paragraph))
        {
            var after = paragraph[(article.Index + article.Length)..];
            var end = Math.Min(after.Length, 400);
            if (LawStart().Match(after[..end]) is not { Success: true } law)
            {
                continue;
            }

            var provision = after[..law.Index].Trim().Trim(',').Trim();
            var name = LawName(after[(law.Groups["law"].Index)..]);
            if (name.Length > 0)
            {
                citations.Add(new(article.Groups["number"].Value, provision.Length == 0 ? null : provision, name));
            }
        }

        return citations;
    }

    /// <summary>Every law named in full in a text ("Ley General de …", "Reglamento Interior del …").</summary>
    public static IEnumerable<string> NamesIn(string text)
    {
        foreach (Match m in LawWord().Matches(text))
        {
            yield return LawName(text[m.Index..]);
        }
    }

    /// <summary>Capitalised words and the connectors between them, from the start of <paramref name="text"/>.</summary>
    internal static string LawName(string text)
    {
        var words = new List<string>();
        var pendingConnectors = new List<string>();
        foreach (Match token in Token().Matches(text))
        {
            var word = token.Groups["word"].Value;
            if (token.Groups["gap"].Value.Trim().Length > 0)
            {
                break; // punctuation ends the name
            }

            if (char.IsUpper(word[0]))
            {
                words.AddRange(pendingConnectors);
                pendingConnectors.Clear();
                words.Add(word);
            }
            else if (Connectors.Contains(SpanishText.Fold(word)) && words.Count > 0)
            {
                pendingConnectors.Add(word);
            }
            else
            {
                break;
            }
        }

        return string.Join(' ', words);
    }

    [GeneratedRegex(@"\bart[ií]culos?\s+(?<number>\d+(?:\s*(?:bis|ter)\b)?)", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    /// <summary>Where the law begins: "de la", "del" or "de", optionally a back-reference adjective, then the law's kind.</summary>
    [GeneratedRegex(@"(?:,\s*|\s+)(?:de\s+la|del|de)\s+(?:(?:multicitad[oa]|citad[oa]|mencionad[oa]|referid[oa]|propi[oa]|present[e]|aludid[oa])\s+)?(?<law>(?:Constituci[oó]n|Ley|Reglamento|Estatuto|C[oó]digo|Lineamientos?|Acuerdo|Manual|Decreto|Norma)\b)")]
    private static partial Regex LawStart();

    [GeneratedRegex(@"\b(?:Constituci[oó]n|Ley|Reglamento|Estatuto|C[oó]digo|Lineamientos)\s+(?:de|del|General|Interior|Pol[ií]tica|Org[aá]nica)\b")]
    private static partial Regex LawWord();

    [GeneratedRegex(@"(?<gap>[^\p{L}\p{N}]*)(?<word>[\p{L}\p{N}]+)")]
    private static partial Regex Token();
}
