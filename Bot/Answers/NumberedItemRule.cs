using ProgramaBot.Programme;

namespace ProgramaBot.Answers;

/// <summary>
/// Items asked for by number: "objetivo 2.2", "línea 3.6.1", "3.5", "apartado 4", and "el séptimo
/// objetivo" / "objetivo 7" for the seventh general objective. A number the programme lacks is declined.
/// </summary>
public sealed class NumberedItemRule : IAnswerRule
{
    public Reply? TryAnswer(Question question, AnswerContext context)
    {
        var programme = context.Programme;
        var numbers = question.SectionNumbers.ToList();
        if (numbers.Count == 0 && question.OrdinalNear("objetivo") is { } nth && programme.Objectives.Count >= nth
            && !question.HasAny("sesion", "ordinaria"))
        {
            numbers.Add(programme.Objectives[nth - 1].Number);
        }

        if (numbers.Count == 0)
        {
            return null;
        }

        var texts = new List<string>();
        foreach (var number in numbers.Distinct())
        {
            if (Describe(programme, number) is not { } text)
            {
                return Reply.Decline($"El programa no tiene un objetivo, línea de acción ni apartado con el número {number}.");
            }

            texts.Add(text);
        }

        return new Reply(string.Join(Environment.NewLine, texts), numbers.Distinct().ToList(), Reply.Sure);
    }

    private static string? Describe(ProgrammeDocument programme, string number)
    {
        if (programme.Objectives.FirstOrDefault(o => o.Number == number) is { } objective)
        {
            return ProgrammeItems.ObjectiveAnswer(programme, objective);
        }

        if (programme.SpecificObjectives.FirstOrDefault(o => o.Number == number) is { } specific)
        {
            var lines = programme.ActionLines.Where(l => l.SpecificObjective == number).Select(l => $"{l.Number}: {l.Text}");
            return $"Objetivo específico {number} (objetivo general {specific.Objective}): {specific.Text} " +
                   $"Líneas de acción: {string.Join(" ", lines)}";
        }

        if (programme.ActionLines.FirstOrDefault(l => l.Number == number) is { } line)
        {
            return ProgrammeItems.ActionLineAnswer(programme, line);
        }

        return programme.Sections.FirstOrDefault(s => s.Number == number) is { } section
            ? $"El apartado {section.Number} del programa es: {section.Title}. {SectionContents(programme, section.Number)}"
            : null;
    }

    private static string SectionContents(ProgrammeDocument programme, string section)
    {
        bool In(string number) => number.StartsWith(section + ".", StringComparison.Ordinal);
        var objectives = programme.Objectives.Where(o => In(o.Number)).Select(o => o.Number).ToList();
        var specifics = programme.SpecificObjectives.Where(o => In(o.Number)).Select(o => o.Number).ToList();
        var sessions = programme.Sessions.Ordinary;
        if (objectives.Count > 0)
        {
            return $"Contiene los objetivos generales {objectives[0]} a {objectives[^1]}.";
        }

        if (specifics.Count > 0)
        {
            return $"Contiene los objetivos específicos {specifics[0]} a {specifics[^1]} y sus líneas de acción.";
        }

        if (programme.LegalBases.Any(b => b.Source == section) && section == programme.LegalBases[0].Source)
        {
            return "Reúne el fundamento legal: " + Phrases.ListOf(programme.LegalBases.Where(b => b.Article is not null).Select(Phrases.Legal)) + ".";
        }

        var note = programme.Sessions.HeadingNote is { } heading ? $" Nota: {heading}" : "";
        return programme.LegalBases.FirstOrDefault(b => b.Id == programme.Sessions.LegalBasis)?.Source == section
            ? $"Calendariza {sessions.Count} sesiones ordinarias: " + string.Join("; ", sessions.Select(s => $"{s.Name}, {Months.Name(s.Month)}")) + "." + note
            : "";
    }
}
