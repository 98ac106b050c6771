using System.Text.RegularExpressions;

namespace ProgramaBot.Programme.Import;

/// <summary>An apartado found in the document, with the blocks under its heading.</summary>
public sealed class OutlineApartado(string number, string title, ApartadoPart part, int value, ApartadoHeading heading)
{
    public string Number { get; } = number;
    public string Title { get; } = title;
    public ApartadoPart Part { get; } = part;

    /// <summary>The apartado's number as a value (IV → 4; its position when unnumbered): the first part of its item numbers.</summary>
    public int Value { get; } = value;

    public ApartadoHeading Heading { get; } = heading;
    public List<SourceBlock> Content { get; } = [];
}

/// <summary>
/// First pass of the recogniser: the title, the text before apartado 1 (introduction), and the apartados.
/// A table of contents repeats the headings: it is skipped as noise. A heading wording a part already
/// opened ("Líneas de Acción" under each specific objective) is a sub-heading, not a new apartado.
/// </summary>
public sealed partial class DocumentOutline
{
    public string? Title { get; private set; }
    public int? Year { get; private set; }
    public List<SourceBlock> Preamble { get; } = [];
    public List<OutlineApartado> Apartados { get; } = [];
    public List<string> Noise { get; } = [];

    /// <summary>Blocks the outline itself consumed (title repeats, "Introducción", "Contenido"): placed, not content.</summary>
    public List<string> Structural { get; } = [];

    public static DocumentOutline Of(IReadOnlyList<SourceBlock> blocks)
    {
        var outline = new DocumentOutline();
        var inContents = false;
        foreach (var block in blocks)
        {
            var heading = ApartadoHeading.TryRead(block);
            var folded = SpanishText.Fold(block.Text).Trim().TrimEnd(':', '.');
            if (outline.Apartados.Count == 0)
            {
                if (block.Kind != BlockKind.TableRow && block.Text.Length <= 400 && TitleYear().Match(folded) is { Success: true } titleYear)
                {
                    if (outline.Title is null)
                    {
                        outline.Title = block.Text;
                        outline.Year = int.Parse(titleYear.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    }
                    else
                    {
                        outline.Structural.Add(block.Text);
                    }

                    inContents = false;
                    continue;
                }

                if (folded is "contenido" or "indice" or "tabla de contenido" or "indice general")
                {
                    outline.Noise.Add($"«{block.Text}» (índice)");
                    inContents = true;
                    continue;
                }

                if (inContents && heading is not null && (heading.Part is not null || heading.Number is not null) && block.Text.Length <= 150)
                {
                    outline.Noise.Add($"«{block.Text}» (índice)");
                    continue;
                }

                inContents = false;
                if (block.Kind == BlockKind.Heading && folded is "introduccion" or "presentacion" or "antecedentes")
                {
                    outline.Structural.Add(block.Text);
                    continue;
                }
            }

            if (heading?.Part is { } part && !outline.Apartados.Any(a => a.Part == part))
            {
                outline.Open(heading, part);
            }
            else if (heading is { Part: null } && outline.Apartados.Count > 0 && OpensExtraApartado(block, heading, outline.Apartados[^1]))
            {
                outline.Open(heading, ApartadoPart.Other);
            }
            else if (outline.Apartados.Count > 0)
            {
                outline.Apartados[^1].Content.Add(block);
            }
            else
            {
                outline.Preamble.Add(block);
            }
        }

        return outline;
    }

    /// <summary>A heading whose wording is none of the four parts opens an apartado when it is numbered next, or marked as a heading.</summary>
    private static bool OpensExtraApartado(SourceBlock block, ApartadoHeading heading, OutlineApartado last)
        => block.Text.Length <= 150 && !block.Text.TrimEnd().EndsWith('.')
           && (heading.Value is { } value ? value == last.Value + 1 && ItemNumber.TryRead(block.Text) is not { Parts.Count: > 1 }
               : block.Kind == BlockKind.Heading);

    private void Open(ApartadoHeading heading, ApartadoPart part)
    {
        var position = Apartados.Count + 1;
        var number = heading.Number ?? position.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Apartados.Add(new OutlineApartado(number, heading.Title, part, heading.Value ?? position, heading));
    }

    [GeneratedRegex(@"programa anual de trabajo\b.{0,80}?\b(?<year>(19|20)\d{2})\b")]
    private static partial Regex TitleYear();
}
