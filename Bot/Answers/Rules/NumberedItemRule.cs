using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Answers.Reading;
using ProgramaBot.Answers.Replies;
using ProgramaBot.Programme;

namespace ProgramaBot.Answers.Rules;

/// <summary>
/// Items asked for by number: "objetivo 2.2", "línea 3.6.1", "3.5", "apartado 4", and "el séptimo
/// objetivo" / "objetivo 7" for the seventh general objective. A number the programme lacks is declined.
/// </summary>
public sealed class NumberedItemRule : IAnswerRule
{
    public Reply? TryAnswer(Question question, AnswerContext context)
    {
        var programme = context.Programme;
        IReadOnlyList<string> numbers = question.SectionNumbers;
        if (numbers.Count == 0 && question.OrdinalNear("objetivo") is { } nth && programme.Objectives.Count >= nth
            && !question.HasAny("sesion", "ordinaria"))
        {
            numbers = [programme.Objectives[nth - 1].Number];
        }

        if (numbers.Count == 0)
        {
            return null;
        }

        var texts = new List<string>();
        var sources = new List<string>();
        foreach (var number in numbers.Distinct())
        {
            if (Describe(programme, number) is not { } described)
            {
                return Reply.Decline($"El programa no tiene un objetivo, línea de acción ni apartado con el número {number}.");
            }

            texts.Add(described.Text);
            sources.Add(described.Source);
        }

        return new Reply(string.Join(Environment.NewLine, texts), sources.Distinct().ToList(), Reply.Sure);
    }

    /// <returns>The text and the number to cite (an apartado's own spelling, "V", when typed "v" or "5"); null when absent.</returns>
    private static (string Text, string Source)? Describe(ProgrammeDocument programme, string number)
    {
        if (programme.Objectives.FirstOrDefault(o => o.Number == number) is { } objective)
        {
            return (ProgrammeItems.ObjectiveAnswer(programme, objective), number);
        }

        if (programme.SpecificObjectives.FirstOrDefault(o => o.Number == number) is { } specific)
        {
            var lines = programme.ActionLines.Where(l => l.SpecificObjective == number).Select(l => $"{l.Number}: {l.Text}");
            return ($"Objetivo específico {number} (objetivo general {specific.Objective}): {specific.Text} " +
                    $"Líneas de acción: {string.Join(" ", lines)}", number);
        }

        if (programme.ActionLines.FirstOrDefault(l => l.Number == number) is { } line)
        {
            return (ProgrammeItems.ActionLineAnswer(programme, line), number);
        }

        return Apartados.Find(programme, number) is { } section
            ? ($"El {Apartados.Label(section)} del programa es: {section.Title}. {SectionContents(programme, section)}".TrimEnd(), section.Number)
            : null;
    }

    /// <summary>What an apartado holds, by its part: the data says which apartado has the objectives or the sessions.</summary>
    private static string SectionContents(ProgrammeDocument programme, Apartado section)
    {
        var objectives = programme.Objectives;
        var specifics = programme.SpecificObjectives;
        var sessions = programme.Sessions.Ordinary;
        switch (section.Part)
        {
            case ApartadoPart.Objectives when objectives.Count > 0:
                return $"Contiene los objetivos generales {objectives[0].Number} a {objectives[^1].Number}.";
            case ApartadoPart.ActionLines when specifics.Count > 0:
                return $"Contiene los objetivos específicos {specifics[0].Number} a {specifics[^1].Number} y sus líneas de acción.";
            case ApartadoPart.LegalFramework:
                return "Reúne el fundamento legal: " + SpanishLists.Join(programme.LegalBases.Where(b => b.Article is not null).Select(Phrases.Legal)) + ".";
            case ApartadoPart.Sessions:
                var note = programme.Sessions.HeadingNote is { } heading ? $" Nota: {heading}" : "";
                return $"Calendariza {sessions.Count} sesiones ordinarias: " +
                       string.Join("; ", sessions.Select(s => $"{s.Name}, {Months.Name(s.Month)}")) + "." + note;
            case ApartadoPart.Other:
                return string.Join(" ", section.Paragraphs);
            default:
                return "";
        }
    }
}
