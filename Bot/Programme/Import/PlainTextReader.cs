using System.Text;
using System.Text.RegularExpressions;

namespace ProgramaBot.Programme.Import;

/// <summary>
/// Markdown or plain text: blank lines separate paragraphs, a line that starts a list item or a heading
/// starts a block of its own, tab- or pipe-separated lines are table rows. Emphasis markers are dropped.
/// </summary>
public static partial class PlainTextReader
{
    public static SourceDocument Read(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            // Word processors on Windows still save "plain text" as Windows-1252; Latin-1 reads its letters.
            text = Encoding.Latin1.GetString(content);
        }

        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var blocks = new List<SourceBlock>();
        var paragraph = new List<string>();

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                var joined = Clean(string.Join(' ', paragraph));
                var kind = ListMarker().IsMatch(paragraph[0]) && BulletMarker().IsMatch(paragraph[0]) ? BlockKind.ListItem : BlockKind.Paragraph;
                if (joined.Length > 0)
                {
                    blocks.Add(new SourceBlock(kind == BlockKind.ListItem ? BulletMarker().Replace(joined, "") : joined, kind));
                }

                paragraph.Clear();
            }
        }

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            if (HeadingMarker().Match(line) is { Success: true } heading)
            {
                Flush();
                var title = Clean(heading.Groups["text"].Value);
                if (title.Length > 0)
                {
                    blocks.Add(new SourceBlock(title, BlockKind.Heading));
                }

                continue;
            }

            if (line.Contains('\t', StringComparison.Ordinal) || line.TrimStart().StartsWith('|'))
            {
                Flush();
                if (TableSeparator().IsMatch(line))
                {
                    continue;
                }

                var cells = line.Trim().Trim('|').Split(line.Contains('\t', StringComparison.Ordinal) ? '\t' : '|')
                    .Select(Clean).Where(c => c.Length > 0).ToList();
                if (cells.Count > 0)
                {
                    blocks.Add(new SourceBlock(string.Join(" | ", cells), BlockKind.TableRow) { Cells = cells });
                }

                continue;
            }

            if (ListMarker().IsMatch(line))
            {
                Flush();
            }

            paragraph.Add(line.Trim());
        }

        Flush();
        return new SourceDocument("Texto", blocks, []);
    }

    /// <summary>Drops Markdown emphasis (<c>**bold**</c>, <c>*italic*</c>, <c>__x__</c>) and collapses spaces.</summary>
    internal static string Clean(string text)
    {
        var withoutEmphasis = Emphasis().Replace(text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal), "$1");
        return Spaces().Replace(withoutEmphasis, " ").Trim();
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(?<text>.*?)\s*#*\s*$")]
    private static partial Regex HeadingMarker();

    [GeneratedRegex(@"^\s*(?:[-*+•]\s+|\d{1,2}(?:\.\d{1,2}){0,2}\.?\)?\s+|[IVX]{1,5}[.)]\s+|\*\*\d)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\s*[-*+•]\s+")]
    private static partial Regex BulletMarker();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}")]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"(^|\s)[*_]+(?=\S)|(?<=\S)[*_]+(?=\s|$|[.,;:])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
