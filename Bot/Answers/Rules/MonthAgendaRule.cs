using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Answers.Reading;
using ProgramaBot.Answers.Replies;
using ProgramaBot.Programme;

namespace ProgramaBot.Answers.Rules;

/// <summary>"¿Qué hay en septiembre?", "actividades de junio": only when the question is about the month and nothing else.</summary>
public sealed class MonthAgendaRule : IAnswerRule
{
    private static readonly HashSet<string> AgendaWords = new(StringComparer.Ordinal)
    {
        "actividades", "actividad", "pasa", "sucede", "ocurre", "agenda", "pendiente", "pendientes", "vence", "vencen",
        "plazo", "plazos", "toca", "tocan", "programa", "evento", "eventos", "compromisos", "calendario", "hara",
    };

    public Reply? TryAnswer(Question question, AnswerContext context)
    {
        if (question.Months.Count != 1 || question.HasContentWordExcept(AgendaWords))
        {
            return null;
        }

        var month = question.Months[0];
        if (question.Years.Count == 0 && context.UnloadedCurrentYear is { } current)
        {
            return MissingProgramme.Reply(current, $"decir qué hay en {SpanishCalendar.MonthYear(month, current)}", context.LoadedYears);
        }

        var year = question.Years.FirstOrDefault(context.Programme.Year);
        var yearMonth = new YearMonth(year, month);
        var events = AgendaReplies.EventsIn(yearMonth, context).ToList();
        var text = events.Count > 0
            ? $"En {SpanishCalendar.MonthYear(month, year)}: {string.Join("; ", events)}."
            : $"El programa no señala sesiones ni plazos para {SpanishCalendar.MonthYear(month, year)}.";
        return new Reply($"{text} {context.Programme.Sessions.DatesNote}", AgendaReplies.SourcesIn(yearMonth, context), Reply.Sure);
    }
}
