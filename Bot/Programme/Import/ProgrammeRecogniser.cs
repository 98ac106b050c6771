using System.Globalization;

namespace ProgramaBot.Programme.Import;

/// <summary>What the recogniser made of a document, before validation.</summary>
public sealed record Recognised(ProgrammeDocument Programme, IReadOnlyList<string> Warnings, IReadOnlyList<string> NotPlaced, IReadOnlyList<string> Noise);

/// <summary>
/// The one structure recogniser, for every format: outline (title, introduction, apartados), then each part
/// read by its numbering and wording. What the source does not say stays empty; what it says but fits no
/// part is listed as not placed; anything a reviewer should check becomes a warning.
/// </summary>
public sealed partial class ProgrammeRecogniser
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly List<string> _warnings = [];
    private readonly List<string> _notPlaced = [];

    private readonly TimeZoneInfo _zone;

    private ProgrammeRecogniser(TimeZoneInfo zone) => _zone = zone;

    /// <param name="zone">The commission's zone: a session given with its hour starts at that hour there.</param>
    public static Recognised Recognise(SourceDocument document, TimeZoneInfo zone)
        => new ProgrammeRecogniser(zone).Run(document);

    private Recognised Run(SourceDocument document)
    {
        var (kept, noise) = NoiseFilter.Apply(document.Blocks);
        var blocks = ParagraphJoiner.Join(kept);
        var outline = DocumentOutline.Of(blocks);
        NotAProgrammeUnless(outline);
        var year = outline.Year!.Value;

        var allText = string.Join('\n', blocks.Select(b => b.Text));
        var legal = new LegalBasesBuilder(new LawNames(LegalCitationReader.NamesIn(allText)));
        var apartados = outline.Apartados;
        foreach (var apartado in apartados)
        {
            if (apartado.Heading.Year is { } headingYear && headingYear != year)
            {
                _warnings.Add($"El encabezado del apartado {apartado.Number} («{apartado.Heading.Title}») dice {headingYear}, pero el título del programa dice {year}.");
            }
        }

        var introduction = ReadIntroduction(outline.Preamble);
        var legalApartado = apartados.Single(a => a.Part == ApartadoPart.LegalFramework);
        var conclusion = ReadLegalFramework(legalApartado, legal);
        var objectivesApartado = apartados.Single(a => a.Part == ApartadoPart.Objectives);
        var (objectivesIntro, objectives) = ReadObjectives(objectivesApartado);
        var (linesIntro, specifics, lines) = ReadActionLines(apartados.Single(a => a.Part == ApartadoPart.ActionLines), objectivesApartado, objectives);
        var sessionsApartado = apartados.Single(a => a.Part == ApartadoPart.Sessions);
        var sessions = ReadSessions(sessionsApartado, year, legal);
        var sections = apartados.Select(a => new Apartado
        {
            Number = a.Number,
            Title = a.Title,
            Part = a.Part,
            Paragraphs = a.Part == ApartadoPart.Other ? [.. a.Content.Select(b => b.Text)] : [],
        }).ToList();

        var title = TitleCase(outline.Title!);
        var facts = new CommissionReader(title, allText, legal.Bases, legalApartado.Number);
        var programme = new ProgrammeDocument
        {
            Year = year,
            Title = title,
            ShortTitle = $"Programa Anual de Trabajo {year}",
            Institution = facts.Institution(),
            Commission = facts.Commission(),
            Introduction = introduction,
            Sections = sections,
            LegalBases = legal.Bases,
            LegalConclusion = conclusion,
            ObjectivesIntroduction = objectivesIntro,
            Objectives = objectives,
            ActionLinesIntroduction = linesIntro,
            SpecificObjectives = specifics,
            ActionLines = lines,
            Sessions = sessions,
        };

        foreach (var (empty, what) in new[]
                 {
                     (programme.Commission.Composition.MemberCount == 0, "cuántos integrantes tiene la Comisión"),
                     (programme.Institution.Acronym.Length == 0, "las siglas del Instituto"),
                     (programme.Commission.TechnicalSecretary.Holder.Length == 0, "quién ocupa la Secretaría Técnica"),
                     (programme.Commission.ApprovedBy.Length == 0, "quién aprueba el programa"),
                 })
        {
            if (empty)
            {
                _warnings.Add($"El documento no dice {what}: el dato queda vacío.");
            }
        }

        return new Recognised(programme, _warnings, _notPlaced, [.. document.Noise, .. noise, .. outline.Noise]);
    }

    private static void NotAProgrammeUnless(DocumentOutline outline)
    {
        var missing = new List<string>();
        if (outline.Title is null)
        {
            missing.Add("el título «Programa Anual de Trabajo» con su año");
        }

        foreach (var (part, name) in new[]
                 {
                     (ApartadoPart.LegalFramework, "el marco legal"), (ApartadoPart.Objectives, "los objetivos generales"),
                     (ApartadoPart.ActionLines, "las líneas de acción"), (ApartadoPart.Sessions, "la programación de sesiones"),
                 })
        {
            if (!outline.Apartados.Any(a => a.Part == part))
            {
                missing.Add(name);
            }
        }

        if (missing.Count > 0)
        {
            throw new ProgrammeImportException(
                $"El documento no parece un Programa Anual de Trabajo: no se encontró {Enumerate(missing)}.");
        }
    }

    private List<IntroductionParagraph> ReadIntroduction(List<SourceBlock> preamble)
    {
        var paragraphs = new List<IntroductionParagraph>();
        foreach (var block in preamble)
        {
            if (block.Kind == BlockKind.TableRow)
            {
                _notPlaced.Add(block.Text);
                continue;
            }

            paragraphs.Add(new IntroductionParagraph { Id = $"intro-{paragraphs.Count + 1}", Topic = "", Text = block.Text });
        }

        return paragraphs;
    }

    /// <summary>A repeated heading of the apartado's own part ("Líneas de Acción" before each objective's lines).</summary>
    private static bool IsSubHeading(SourceBlock block, OutlineApartado apartado)
        => ApartadoHeading.TryRead(block) is { Number: null } heading && heading.Part == apartado.Part && block.Text.Length <= 80;

    private static IEnumerable<string> Texts(OutlineApartado apartado)
        => apartado.Content.Where(b => !IsSubHeading(b, apartado)).Select(b => b.Text);

    private void AddUnique<T>(List<T> items, T item, Func<T, string> number, string what, string source)
    {
        if (items.Any(i => number(i) == number(item)))
        {
            _warnings.Add($"El número {number(item)} se repite ({what}); se conservó el primero.");
            _notPlaced.Add(source);
            return;
        }

        items.Add(item);
    }

    /// <summary>Warns about a numbering gap: 2.1, 2.3 (2.2 missing).</summary>
    private void Gaps(IEnumerable<string> numbers, string what, Func<string, string>? show = null)
    {
        show ??= n => n;
        var list = numbers.ToList();
        foreach (var group in list.GroupBy(n => n[..n.LastIndexOf('.')]))
        {
            var present = group.Select(n => int.Parse(n[(n.LastIndexOf('.') + 1)..], Invariant)).ToHashSet();
            for (var k = 1; k < present.Max(); k++)
            {
                if (!present.Contains(k))
                {
                    _warnings.Add($"Falta el número {show($"{group.Key}.{k}")} en la numeración de {what}.");
                }
            }
        }
    }

    /// <summary>An all-capitals title ("PROGRAMA ANUAL DE TRABAJO 2021 DE LA COMISIÓN…") in title case; other titles as written.</summary>
    internal static string TitleCase(string title)
    {
        if (title.Any(char.IsLower))
        {
            return title;
        }

        string[] minor = ["de", "del", "la", "las", "los", "el", "y", "e", "en", "para", "a", "al", "por", "con"];
        var words = title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select((w, i) => i > 0 && minor.Contains(w) ? w : char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static string Enumerate(List<string> items)
        => items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " ni " + items[^1];
}
