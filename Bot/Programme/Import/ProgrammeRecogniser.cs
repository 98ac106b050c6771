using System.Globalization;
using System.Text.RegularExpressions;
using ProgramaBot.Answers;

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

    /// <summary>
    /// Each paragraph citing an article becomes a legal basis; a paragraph citing none continues the basis
    /// before it, except the apartado's last one, which is its conclusion.
    /// </summary>
    private string? ReadLegalFramework(OutlineApartado apartado, LegalBasesBuilder legal)
    {
        var texts = Texts(apartado).ToList();
        string? conclusion = null;
        for (var i = 0; i < texts.Count; i++)
        {
            if (legal.AddFrom(texts[i], apartado.Number).Count > 0)
            {
                continue;
            }

            if (i == texts.Count - 1 && legal.Bases.Count > 0)
            {
                conclusion = texts[i];
            }
            else if (!legal.ExtendLast(texts[i]))
            {
                _notPlaced.Add(texts[i]);
            }
        }

        if (legal.Bases.Count == 0)
        {
            _warnings.Add($"El apartado {apartado.Number} («{apartado.Title}») no cita ningún artículo: el programa queda sin fundamentos legales.");
        }

        return conclusion;
    }

    private (string? Introduction, List<Objective> Objectives) ReadObjectives(OutlineApartado apartado)
    {
        string? introduction = null;
        var objectives = new List<Objective>();
        foreach (var block in apartado.Content)
        {
            if (IsSubHeading(block, apartado))
            {
                continue;
            }

            var item = ItemNumber.TryRead(block.Text);
            string? number = item switch
            {
                { Parts.Count: 2 } => $"{item.Parts[0]}.{item.Parts[1]}",
                { Parts.Count: 1 } => $"{apartado.Value}.{item.Parts[0]}",
                null when block.Kind == BlockKind.ListItem => $"{apartado.Value}.{objectives.Count + 1}",
                _ => null,
            };
            if (number is null)
            {
                if (objectives.Count == 0 && introduction is null && block.Kind != BlockKind.TableRow)
                {
                    introduction = block.Text;
                }
                else
                {
                    _notPlaced.Add(block.Text);
                }

                continue;
            }

            AddUnique(objectives, new Objective { Number = number, Text = item?.Text ?? block.Text }, o => o.Number, "objetivo", block.Text);
        }

        Gaps(objectives.Select(o => o.Number), "objetivos generales");
        return (introduction, objectives);
    }

    private (string? Introduction, List<SpecificObjective> Specifics, List<ActionLine> Lines) ReadActionLines(
        OutlineApartado apartado, OutlineApartado objectivesApartado, List<Objective> objectives)
    {
        string? introduction = null;
        var specifics = new List<SpecificObjective>();
        var lines = new List<ActionLine>();
        var content = apartado.Content;
        for (var i = 0; i < content.Count; i++)
        {
            var block = content[i];
            if (IsSubHeading(block, apartado))
            {
                continue;
            }

            var item = ItemNumber.TryRead(block.Text);
            var nextIsLinesHeading = i + 1 < content.Count && IsSubHeading(content[i + 1], apartado);
            if (item is { Parts.Count: 2 } || (item is null && nextIsLinesHeading && block.Kind != BlockKind.TableRow))
            {
                var number = item is null ? $"{apartado.Value}.{specifics.Count + 1}" : $"{item.Parts[0]}.{item.Parts[1]}";
                var ordinal = number.Split('.')[1];
                var objective = objectives.FirstOrDefault(o => o.Number == $"{objectivesApartado.Value}.{ordinal}")
                                ?? Closest(objectives, item?.Text ?? block.Text);
                if (objective is null)
                {
                    _warnings.Add($"El objetivo específico {number} no corresponde a ningún objetivo general; no se incluyó.");
                    _notPlaced.Add(block.Text);
                    continue;
                }

                if (objective.Number != $"{objectivesApartado.Value}.{ordinal}")
                {
                    _warnings.Add($"El objetivo específico {number} no tiene objetivo general con su mismo número; se asoció al {objective.Number}, el más parecido.");
                }

                AddUnique(specifics, new SpecificObjective { Number = number, Objective = objective.Number, Text = item?.Text ?? block.Text }, s => s.Number, "objetivo específico", block.Text);
                continue;
            }

            if (item is { Parts.Count: 3 } || (item is null && block.Kind == BlockKind.ListItem && specifics.Count > 0))
            {
                var parent = item is null ? specifics[^1].Number : $"{item.Parts[0]}.{item.Parts[1]}";
                var number = item is null ? $"{parent}.{lines.Count(l => l.SpecificObjective == parent) + 1}" : item.ToString();
                if (!specifics.Any(s => s.Number == parent))
                {
                    _warnings.Add($"La línea de acción {number} no tiene el objetivo específico {parent} al que pertenecería; no se incluyó.");
                    _notPlaced.Add(block.Text);
                    continue;
                }

                AddUnique(lines, new ActionLine { Number = number, SpecificObjective = parent, Text = item?.Text ?? block.Text }, l => l.Number, "línea de acción", block.Text);
                continue;
            }

            if (specifics.Count == 0 && introduction is null && block.Kind != BlockKind.TableRow && item is null)
            {
                introduction = block.Text;
            }
            else
            {
                _notPlaced.Add(block.Text);
            }
        }

        Gaps(specifics.Select(s => s.Number), "objetivos específicos");
        foreach (var group in lines.GroupBy(l => l.SpecificObjective))
        {
            Gaps(group.Select(l => l.Number), $"líneas de acción del objetivo {group.Key}");
        }

        foreach (var specific in specifics.Where(s => !lines.Any(l => l.SpecificObjective == s.Number)))
        {
            _warnings.Add($"El objetivo específico {specific.Number} no tiene líneas de acción.");
        }

        return (introduction, specifics, lines);
    }

    private SessionPlan ReadSessions(OutlineApartado apartado, int year, LegalBasesBuilder legal)
    {
        var sessions = new List<PlannedSession>();
        string? legalBasis = null;
        int? statedCount = null;
        var datesNote = "";
        var extraordinary = "";
        foreach (var block in apartado.Content)
        {
            if (IsSubHeading(block, apartado))
            {
                continue;
            }

            var text = block.Text;
            if (SessionLine.TryRead(text, year) is { } line)
            {
                AddSession(sessions, line, text, year);
                continue;
            }

            if (block.Kind == BlockKind.TableRow && block.Cells.All(c => TableHeaderWord().IsMatch(SpanishText.Fold(c))))
            {
                continue;
            }

            var folded = SpanishText.Fold(text);
            var placed = false;
            if (StatedCount().Match(folded) is { Success: true } count)
            {
                statedCount = SpanishDates.Cardinal(count.Groups["n"].Value);
                placed = true;
            }

            if (legal.AddFrom(text, apartado.Number) is { Count: > 0 } bases)
            {
                legalBasis ??= bases[0].Id;
                placed = true;
            }

            if (NoteStart().Match(text) is { Success: true } note)
            {
                datesNote = text[note.Length..].Trim();
                placed = true;
            }
            else if (folded.Contains("extraordinaria", StringComparison.Ordinal) && extraordinary.Length == 0)
            {
                extraordinary = text;
                placed = true;
            }
            else if (datesNote.Length == 0 && (folded.Contains("enunciativ", StringComparison.Ordinal) || folded.Contains("fechas", StringComparison.Ordinal) && folded.Contains("podran", StringComparison.Ordinal)))
            {
                datesNote = text;
                placed = true;
            }

            if (!placed)
            {
                _notPlaced.Add(text);
            }
        }

        sessions.Sort((a, b) => a.Ordinal.CompareTo(b.Ordinal));
        Gaps(sessions.Select(s => $"0.{s.Ordinal}"), "sesiones ordinarias", s => s[2..]);
        if (statedCount is { } stated && stated != sessions.Count)
        {
            _warnings.Add($"El texto dice {stated} sesiones ordinarias, pero el calendario lista {sessions.Count}.");
        }

        if (sessions.Count == 0)
        {
            _warnings.Add("No se encontró ninguna sesión ordinaria en el calendario.");
        }

        var headingYear = apartado.Heading.Year;
        return new SessionPlan
        {
            LegalBasis = legalBasis,
            OrdinaryCount = sessions.Count,
            Ordinary = sessions,
            DatesNote = datesNote,
            Extraordinary = extraordinary,
            HeadingNote = headingYear is { } y && y != year
                ? $"El encabezado del apartado {apartado.Number} en el documento fuente dice {y}, pero el título del programa corresponde al ejercicio {year}."
                : null,
        };
    }

    private void AddSession(List<PlannedSession> sessions, SessionLine line, string text, int year)
    {
        var name = $"Sesión Ordinaria {RomanNumerals.From(line.Ordinal)}";
        if (sessions.Any(s => s.Ordinal == line.Ordinal))
        {
            _warnings.Add($"La {name} aparece más de una vez; se conservó la primera.");
            _notPlaced.Add(text);
            return;
        }

        var date = line.Date;
        if (date is { } d && d.Year != year)
        {
            _warnings.Add($"La fecha de la {name} ({d:dd/MM/yyyy}) no es del año {year}; se conservó solo el mes.");
            date = null;
        }

        if ((date?.Month ?? line.Month) is not { } month)
        {
            _warnings.Add($"La {name} no indica mes ni fecha; no se incluyó en el calendario.");
            _notPlaced.Add(text);
            return;
        }

        DateTimeOffset? startsAt = null;
        if (date is { } day && line.Time is { } time)
        {
            var local = day.ToDateTime(time);
            startsAt = new DateTimeOffset(local, _zone.GetUtcOffset(local));
        }

        sessions.Add(new PlannedSession
        {
            Id = $"ordinaria-{line.Ordinal}",
            Name = name,
            Ordinal = line.Ordinal,
            Month = month,
            Date = startsAt is null ? date : null,
            StartsAt = startsAt,
        });
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

    private static Objective? Closest(List<Objective> objectives, string text)
    {
        var words = SpanishText.Normalize(text).Split(' ').Where(w => w.Length > 3).ToHashSet();
        return objectives
            .Select(o => (Objective: o, Score: SpanishText.Normalize(o.Text).Split(' ').Count(words.Contains)))
            .Where(x => x.Score >= 3)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Objective)
            .FirstOrDefault();
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

    [GeneratedRegex(@"^(sesion|sesiones|mes|meses|fecha|fechas|numero|no|periodo|hora|dia|observaciones|#)?\.?$")]
    private static partial Regex TableHeaderWord();

    [GeneratedRegex(@"\b(?<n>\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\s+sesiones\s+ordinarias\b")]
    private static partial Regex StatedCount();

    [GeneratedRegex(@"^\s*nota\s*[:.-]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NoteStart();
}
