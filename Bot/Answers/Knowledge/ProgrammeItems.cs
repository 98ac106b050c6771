using ProgramaBot.Programme;

namespace ProgramaBot.Answers.Knowledge;

/// <summary>Turns a programme's numbered content (objectives, action lines, legal bases, acronyms…) into searchable items.</summary>
public static class ProgrammeItems
{
    public static IReadOnlyList<KnowledgeItem> From(ProgrammeDocument programme)
    {
        var items = new List<KnowledgeItem>();
        items.AddRange(programme.Objectives.Select(o => Objective(programme, o)));
        items.AddRange(programme.ActionLines.Select(l => ActionLine(programme, l)));
        items.AddRange(programme.LegalBases.Select(b => Legal(b, programme.Sections.FirstOrDefault(s => s.Number == b.Source))));
        items.AddRange(programme.Acronyms.Select(Acronym));
        items.AddRange(programme.ShortNames.Select(s => new KnowledgeItem(
            "nombre-" + s.Name, KnowledgeKind.Acronym, s.Name, $"{s.Name}: {s.Meaning}",
            $"En el programa, «{s.Name}» se refiere a: {s.Meaning}.", [s.Source])));
        items.AddRange(programme.Introduction.Select(p => new KnowledgeItem(
            p.Id, KnowledgeKind.Introduction, p.Topic, p.Text, $"Según la introducción del programa: {p.Text}",
            [ProgrammeValidator.IntroductionSource])));
        items.AddRange(programme.Periods.Select(Period));
        items.AddRange(programme.Sections.Where(s => s.Part == ApartadoPart.Other).SelectMany(ExtraApartado));
        items.AddRange(ProgrammeFacts.From(programme));
        return items;
    }

    public static string ObjectiveAnswer(ProgrammeDocument programme, Objective objective)
    {
        var lines = LinesOf(programme, objective.Number).Select(l => l.Number).ToList();
        var tail = lines.Count == 0 ? "" : $" Sus líneas de acción: {SpanishLists.Join(lines)}.";
        return $"Objetivo {objective.Number}: {objective.Text}{tail}";
    }

    public static string ActionLineAnswer(ProgrammeDocument programme, ActionLine line)
    {
        var objective = ObjectiveOf(programme, line);
        var parent = objective is null ? line.SpecificObjective : $"objetivo {objective.Number}";
        var due = line.Due is { } d ? $" Fecha límite: {SpanishCalendar.Date(d)}." : "";
        return $"Línea de acción {line.Number} ({parent}): {line.Text} " +
               $"Es una línea de acción de la {programme.Commission.ShortName}.{due}";
    }

    public static Objective? ObjectiveOf(ProgrammeDocument programme, ActionLine line)
    {
        var specific = programme.SpecificObjectives.FirstOrDefault(s => s.Number == line.SpecificObjective);
        return programme.Objectives.FirstOrDefault(o => o.Number == specific?.Objective);
    }

    public static IEnumerable<ActionLine> LinesOf(ProgrammeDocument programme, string objectiveNumber)
    {
        var specifics = programme.SpecificObjectives.Where(s => s.Objective == objectiveNumber).Select(s => s.Number).ToHashSet();
        return programme.ActionLines.Where(l => specifics.Contains(l.SpecificObjective));
    }

    public static string LegalAnswer(LegalBasis basis)
    {
        var note = basis.Note is null ? "" : $" Nota: {basis.Note}";
        return $"{Phrases.Capitalized(Phrases.Legal(basis))}: {basis.Summary}{note}";
    }

    private static KnowledgeItem Objective(ProgrammeDocument programme, Objective objective)
    {
        var specific = programme.SpecificObjectives.Where(s => s.Objective == objective.Number).Select(s => s.Text);
        var lines = LinesOf(programme, objective.Number).Select(l => l.Text);
        return new(objective.Number, KnowledgeKind.Objective, $"Objetivo {objective.Number}: {Phrases.Shortened(objective.Text)}",
            string.Join(" ", specific.Prepend(objective.Text)), ObjectiveAnswer(programme, objective), [objective.Number])
        {
            // The action lines say how an objective is pursued; they help find it, at a lower weight.
            Keywords = "objetivo general " + string.Join(" ", lines),
        };
    }

    private static KnowledgeItem ActionLine(ProgrammeDocument programme, ActionLine line)
    {
        var objective = ObjectiveOf(programme, line);
        return new(line.Number, KnowledgeKind.ActionLine, $"Línea de acción {line.Number}: {Phrases.Shortened(line.Text)}",
            line.Text, ActionLineAnswer(programme, line), [line.Number])
        {
            Keywords = $"linea de accion {programme.Commission.ShortName} {objective?.Text}",
        };
    }

    /// <param name="citedIn">The apartado that cites it: "the basis of the session programming" should find it.</param>
    private static KnowledgeItem Legal(LegalBasis basis, Apartado? citedIn)
        => new(basis.Id, KnowledgeKind.LegalBasis, Phrases.Capitalized(Phrases.Legal(basis)),
            $"{basis.Law} {basis.Summary}", LegalAnswer(basis), [basis.Source])
        {
            Keywords = $"articulo {basis.Article} fundamento legal marco legal {basis.Provision} {citedIn?.Title}",
        };

    /// <summary>
    /// An apartado with no structured part (a diagnosis, a budget note…): one item per paragraph, so a question finds
    /// the paragraph that answers it, each titled with its apartado so the apartado's own name finds it too.
    /// </summary>
    private static IEnumerable<KnowledgeItem> ExtraApartado(Apartado apartado)
    {
        var label = Apartados.Label(apartado);
        for (var i = 0; i < apartado.Paragraphs.Count; i++)
        {
            var paragraph = apartado.Paragraphs[i];
            yield return new($"apartado-{apartado.Number}-{i + 1}", KnowledgeKind.Fact, $"{apartado.Title} ({label})", paragraph,
                $"Según el {label} del programa, «{apartado.Title}»: {paragraph}", [apartado.Number])
            {
                Keywords = "apartado",
            };
        }
    }

    private static KnowledgeItem Acronym(Acronym acronym)
    {
        var note = !acronym.CommonUseOnly ? "" : " (Sigla de uso común: el programa cita este nombre completo, sin la sigla.)";
        return new("sigla-" + acronym.Letters, KnowledgeKind.Acronym, $"{acronym.Letters}: {acronym.Meaning}",
            $"{acronym.Letters} {acronym.Meaning}", $"{acronym.Letters} significa {acronym.Meaning}.{note}", [acronym.Source])
        {
            Keywords = "siglas sigla significa acronimo",
        };
    }

    private static KnowledgeItem Period(Period period)
    {
        var span = $"{Months.Name(period.From.Month)} {period.From.Year} a {Months.Name(period.To.Month)} {period.To.Year}";
        return new(period.Id, KnowledgeKind.Period, $"{period.Name}: {span}", $"{period.Name} periodo {span}",
            $"La {period.Name} corresponde al periodo {span}: inicia en {SpanishCalendar.MonthYear(period.From.Month, period.From.Year)} " +
            $"y termina en {SpanishCalendar.MonthYear(period.To.Month, period.To.Year)}.", period.Sources)
        {
            Keywords = "periodo inicia empieza comienza termina concluye",
        };
    }
}
