using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProgramaBot.Programme.Import;

/// <summary>
/// A Word document's body in order: paragraphs (a heading style or an outline level marks a heading, a
/// numbering marks a list item) and table rows. Running headers and footers live in their own parts:
/// they are reported as noise, never read as body text.
/// </summary>
public static class DocxReader
{
    public static SourceDocument Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body
                       ?? throw new ProgrammeImportException("El documento de Word no tiene contenido.");
            var blocks = new List<SourceBlock>();
            foreach (var element in body.Elements())
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        AddParagraph(blocks, paragraph);
                        break;
                    case Table table:
                        AddTable(blocks, table);
                        break;
                    case SdtBlock sdt:
                        foreach (var inner in sdt.Descendants<Paragraph>())
                        {
                            AddParagraph(blocks, inner);
                        }

                        break;
                }
            }

            var noise = new List<string>();
            foreach (var part in document.MainDocumentPart!.HeaderParts.Select(h => h.Header as OpenXmlElement)
                         .Concat(document.MainDocumentPart.FooterParts.Select(f => f.Footer as OpenXmlElement)))
            {
                foreach (var text in part?.Descendants<Paragraph>().Select(TextOf).Where(t => t.Length > 0) ?? [])
                {
                    noise.Add($"«{text}» (encabezado o pie de página)");
                }
            }

            return new SourceDocument("DOCX", blocks, [.. noise.Distinct()]);
        }
        catch (ProgrammeImportException)
        {
            throw;
        }
        // As with PDFs, a damaged package surfaces as whatever the zip, packaging or XML layer throws.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ProgrammeImportException("El archivo no es un documento de Word (DOCX) válido: está dañado o incompleto.", e);
        }
    }

    private static void AddParagraph(List<SourceBlock> blocks, Paragraph paragraph)
    {
        var text = TextOf(paragraph);
        if (text.Length == 0)
        {
            return;
        }

        var properties = paragraph.ParagraphProperties;
        var style = properties?.ParagraphStyleId?.Val?.Value ?? "";
        var kind = style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.StartsWith("Ttulo", StringComparison.OrdinalIgnoreCase)
                   || style.StartsWith("Titulo", StringComparison.OrdinalIgnoreCase) || properties?.OutlineLevel is not null
            ? BlockKind.Heading
            : properties?.NumberingProperties is not null || style.StartsWith("List", StringComparison.OrdinalIgnoreCase)
                ? BlockKind.ListItem
                : BlockKind.Paragraph;
        blocks.Add(new SourceBlock(text, kind));
    }

    private static void AddTable(List<SourceBlock> blocks, Table table)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = row.Elements<TableCell>()
                .Select(c => string.Join(' ', c.Elements<Paragraph>().Select(TextOf).Where(t => t.Length > 0)))
                .Where(c => c.Length > 0)
                .ToList();
            if (cells.Count > 0)
            {
                blocks.Add(new SourceBlock(string.Join(" | ", cells), BlockKind.TableRow) { Cells = cells });
            }
        }
    }

    /// <summary>The visible text: runs, tabs and breaks as spaces; deleted revisions left out.</summary>
    private static string TextOf(OpenXmlElement paragraph)
    {
        var text = new System.Text.StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t when t.Ancestors<DeletedRun>().FirstOrDefault() is null:
                    text.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    text.Append(' ');
                    break;
            }
        }

        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
