using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ProgramaBot.Tests.Programme.Import;

/// <summary>A line of a document the tests write: a paragraph, a heading, a list item, or a table row (cells split by '|').</summary>
public sealed record Line(string Text, char Kind = 'p')
{
    public static Line H(string text) => new(text, 'h');
    public static Line L(string text) => new(text, 'l');
    public static Line Row(params string[] cells) => new(string.Join('|', cells), 't');
}

/// <summary>Writes the same content as DOCX (OpenXml), PDF with a text layer (PdfPig) or Markdown.</summary>
public static class TestDocuments
{
    public static byte[] Docx(IEnumerable<Line> lines, string? header = null, string? footer = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            Table? table = null;
            foreach (var line in lines)
            {
                if (line.Kind == 't')
                {
                    table ??= body.AppendChild(new Table());
                    table.AppendChild(new TableRow(line.Text.Split('|').Select(c => new TableCell(new Paragraph(new Run(new Text(c)))))));
                    continue;
                }

                table = null;
                var paragraph = new Paragraph(new Run(new Text(line.Text) { Space = SpaceProcessingModeValues.Preserve }));
                if (line.Kind == 'h')
                {
                    paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }));
                }
                else if (line.Kind == 'l')
                {
                    paragraph.PrependChild(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })));
                }

                body.AppendChild(paragraph);
            }

            main.Document = new Document(body);
            if (header is not null)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new Header(new Paragraph(new Run(new Text(header))));
            }

            if (footer is not null)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = new Footer(new Paragraph(new Run(new Text(footer))));
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A4-ish pages of 11-point Helvetica; long paragraphs wrap; each page gets the running header and its number.
    /// PdfPig writes the standard 14 fonts without accented glyphs, so the text is written unaccented (the
    /// recogniser reads wordings accent-insensitively; a bundled font would make the tests depend on the machine).
    /// </summary>
    public static byte[] Pdf(IEnumerable<Line> lines, string? runningHeader = null, bool pageNumbers = true)
    {
        lines = lines.Select(l => l with { Text = Unaccented(l.Text) });
        runningHeader = runningHeader is null ? null : Unaccented(runningHeader);
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        PdfPageBuilder? page = null;
        var pageNumber = 0;
        double y = 0;

        void NewPage()
        {
            if (page is not null && pageNumbers)
            {
                page.AddText(pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), 10, new PdfPoint(300, 30), font);
            }

            page = builder.AddPage(595, 842);
            pageNumber++;
            y = 800;
            if (runningHeader is not null)
            {
                page.AddText(runningHeader, 9, new PdfPoint(50, 815), font);
                y = 780;
            }
        }

        NewPage();
        foreach (var line in lines)
        {
            if (line.Kind == 't')
            {
                var x = 50;
                foreach (var cell in line.Text.Split('|'))
                {
                    page!.AddText(cell, 11, new PdfPoint(x, y), font);
                    x += 250;
                }

                y -= 16;
            }
            else
            {
                foreach (var wrapped in Wrap((line.Kind == 'l' ? "• " : "") + line.Text, 90))
                {
                    if (y < 60)
                    {
                        NewPage();
                    }

                    page!.AddText(wrapped, 11, new PdfPoint(50, y), font);
                    y -= 13;
                }

                y -= 14; // the space between paragraphs
            }

            if (y < 60)
            {
                NewPage();
            }
        }

        if (pageNumbers)
        {
            page!.AddText(pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), 10, new PdfPoint(300, 30), font);
        }

        return builder.Build();
    }

    public static byte[] Markdown(IEnumerable<Line> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line.Kind switch
            {
                'h' => "## " + line.Text + "\n\n",
                'l' => "- " + line.Text + "\n\n",
                't' => "| " + line.Text.Replace("|", " | ", StringComparison.Ordinal) + " |\n",
                _ => line.Text + "\n\n",
            });
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Unaccented(string text)
        => new([.. text.Select(c => c switch
        {
            'á' => 'a', 'é' => 'e', 'í' => 'i', 'ó' => 'o', 'ú' => 'u', 'ñ' => 'n', 'Á' => 'A', 'É' => 'E', 'Í' => 'I', 'Ó' => 'O', 'Ú' => 'U', 'Ñ' => 'N', '—' => '-',
            _ => c,
        })]);

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var current = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (current.Length > 0 && current.Length + word.Length + 1 > width)
            {
                yield return current.ToString();
                current.Clear();
            }

            current.Append(current.Length > 0 ? " " : "").Append(word);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }
}
