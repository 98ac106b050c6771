using System.Text.RegularExpressions;

namespace ProgramaBot.Programme.Import;

/// <summary>
/// Takes out what a scanned and transcribed (or printed) document carries between its paragraphs: page numbers,
/// running headers and footers, signatures, initials and stamps. Each removal is kept, with its reason, for the report.
/// </summary>
public static partial class NoiseFilter
{
    public static (IReadOnlyList<SourceBlock> Kept, IReadOnlyList<string> Noise) Apply(IReadOnlyList<SourceBlock> blocks)
    {
        var running = RunningHeadersAndFooters(blocks);
        var kept = new List<SourceBlock>();
        var noise = new List<string>();
        foreach (var block in blocks)
        {
            var reason = block.Kind == BlockKind.TableRow ? null
                : block.AtPageEdge && running.Contains(Shape(block.Text)) ? "encabezado o pie de página"
                : ReasonFor(block.Text);
            if (reason is null)
            {
                kept.Add(block);
            }
            else
            {
                noise.Add($"«{block.Text}» ({reason})");
            }
        }

        return (kept, noise);
    }

    /// <summary>Why a paragraph is noise, or null when it is text.</summary>
    public static string? ReasonFor(string text)
    {
        var t = text.Trim();
        if (TrailingPageNumber().Match(t) is { Success: true } trailing && ReasonFor(trailing.Groups["rest"].Value) is { } inner)
        {
            return inner + " y número de página";
        }

        return t.Length == 0 ? "vacío"
            : PageNumber().IsMatch(t) ? "número de página"
            : Signature().IsMatch(t) ? "firma o rúbrica"
            : DateStamp().IsMatch(t) ? "fecha manuscrita o sello"
            : Initials().IsMatch(t) ? "iniciales o sello"
            : null;
    }

    /// <summary>Short text found at the edge of two or more pages (page numbers folded to #).</summary>
    private static HashSet<string> RunningHeadersAndFooters(IReadOnlyList<SourceBlock> blocks)
        => [.. blocks.Where(b => b.AtPageEdge && b.Page > 0 && b.Text.Length <= 150)
            .GroupBy(b => Shape(b.Text))
            .Where(g => g.Select(b => b.Page).Distinct().Count() >= 2)
            .Select(g => g.Key)];

    private static string Shape(string text) => Digits().Replace(text.Trim(), "#");

    [GeneratedRegex(@"^(?:(?:p[áa]gina|p[áa]g\.?|hoja|page)\s*)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*(?:de|/|of)\s*\d{1,3})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\[?\s*(?:handwritten|firma|rúbrica|rubrica|sello|signature|initials)\b[^\]]{0,40}\]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Signature();

    [GeneratedRegex(@"^\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}$")]
    private static partial Regex DateStamp();

    /// <summary>"MAGS", "AMGZ", "m.", "M.", "J.L.R.": a person's initials or a stamp word such as "ANEXO".</summary>
    [GeneratedRegex(@"^(?:(?:\p{L}\.\s?){1,4}|\p{Lu}{2,5}\.?)$")]
    private static partial Regex Initials();

    [GeneratedRegex(@"^(?<rest>.*\S)\s+\d{1,3}$")]
    private static partial Regex TrailingPageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
