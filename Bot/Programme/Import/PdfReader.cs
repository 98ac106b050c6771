using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace ProgramaBot.Programme.Import;

/// <summary>
/// A PDF's text layer, page by page: words become lines by their baseline, lines become paragraphs by the
/// space between them; a line whose words stand in wide-apart columns is a table row. A PDF without
/// text (a scan) or that needs a password is refused: there is nothing this reader can see in it.
/// </summary>
public static partial class PdfReader
{
    public static SourceDocument Read(byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var blocks = new List<SourceBlock>();
            var letters = 0;
            foreach (var page in document.GetPages())
            {
                letters += page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
                var pageBlocks = Paragraphs(Lines(page), page.Number);
                for (var i = 0; i < pageBlocks.Count; i++)
                {
                    blocks.Add(pageBlocks[i] with { AtPageEdge = i == 0 || i == pageBlocks.Count - 1 });
                }
            }

            if (letters == 0)
            {
                throw new ProgrammeImportException(
                    "El PDF no tiene texto: parece un documento escaneado. Envíe el documento original (DOCX) o un PDF generado desde él.");
            }

            return new SourceDocument("PDF", blocks, []);
        }
        catch (ProgrammeImportException)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw Encrypted(e);
        }
        // PdfPig throws whatever its parser meets on a damaged file (NotSupportedException for a mangled filter
        // name, IndexOutOfRange, KeyNotFound…): anything it throws means the file cannot be read.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (bytes.AsSpan().IndexOf("/Encrypt"u8) >= 0)
            {
                throw Encrypted(e);
            }

            throw new ProgrammeImportException("El archivo no es un PDF válido: está dañado o incompleto.", e);
        }
    }

    private static ProgrammeImportException Encrypted(Exception e)
        => new("El PDF está protegido con contraseña o cifrado y no se puede leer. Envíe una copia sin protección.", e);

    private sealed record Line(double Top, double Bottom, double Height, string Text, IReadOnlyList<string> Cells);

    private static List<Line> Lines(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var height = Math.Max(word.BoundingBox.Height, 1);
            var line = lines.FirstOrDefault(l => Math.Abs(l[0].BoundingBox.Bottom - word.BoundingBox.Bottom) < height * 0.5);
            if (line is null)
            {
                lines.Add([word]);
            }
            else
            {
                line.Add(word);
            }
        }

        return [.. lines.Select(l => ToLine([.. l.OrderBy(w => w.BoundingBox.Left)])).OrderByDescending(l => l.Bottom)];
    }

    private static Line ToLine(List<Word> words)
    {
        var height = words.Max(w => w.BoundingBox.Height);
        var cells = new List<string> { words[0].Text };
        for (var i = 1; i < words.Count; i++)
        {
            var gap = words[i].BoundingBox.Left - words[i - 1].BoundingBox.Right;
            if (gap > Math.Max(height, 4) * 2.5)
            {
                cells.Add(words[i].Text);
            }
            else
            {
                cells[^1] += " " + words[i].Text;
            }
        }

        return new Line(words.Max(w => w.BoundingBox.Top), words.Min(w => w.BoundingBox.Bottom), height, string.Join(' ', cells), cells);
    }

    /// <summary>Lines closer than about one line's height belong to one paragraph, unless the next starts an item.</summary>
    private static List<SourceBlock> Paragraphs(List<Line> lines, int page)
    {
        var blocks = new List<SourceBlock>();
        var current = new List<Line>();

        void Flush()
        {
            if (current.Count > 0)
            {
                var text = string.Join(' ', current.Select(l => l.Text));
                var bullet = Bullet().Match(text);
                blocks.Add(new SourceBlock(bullet.Success ? text[bullet.Length..] : text, bullet.Success ? BlockKind.ListItem : BlockKind.Paragraph, page));
                current.Clear();
            }
        }

        foreach (var line in lines)
        {
            if (line.Cells.Count >= 2)
            {
                Flush();
                blocks.Add(new SourceBlock(string.Join(" | ", line.Cells), BlockKind.TableRow, page) { Cells = line.Cells });
                continue;
            }

            if (current.Count > 0 && (current[^1].Bottom - line.Top > line.Height * 0.9 || ItemStart().IsMatch(line.Text)))
            {
                Flush();
            }

            current.Add(line);
        }

        Flush();
        return blocks;
    }

    [GeneratedRegex(@"^\s*[•▪◦●\-–]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\s*(?:[•▪◦●\-–]\s|\d{1,2}(?:\.\d{1,2}){0,2}\.?\s|[IVX]{1,5}\.\s)")]
    private static partial Regex ItemStart();
}
