using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Programme;

namespace ProgramaBot.Answers.Replies;

/// <summary>What falls in a month: sessions, periods that start or end, action lines due.</summary>
public static class AgendaReplies
{
    public static IEnumerable<string> EventsIn(YearMonth month, AnswerContext context)
    {
        foreach (var session in context.Schedule.SessionsOf(context.Programme).Where(s => s.YearMonth == month))
        {
            yield return $"{session.Name} ({SessionReplies.When(session)})";
        }

        foreach (var period in context.Programme.Periods)
        {
            if (period.From == month)
            {
                yield return $"inicia el periodo de la {period.Name}";
            }

            if (period.To == month)
            {
                yield return $"termina el periodo de la {period.Name}";
            }
        }

        foreach (var line in context.Programme.ActionLines.Where(l => l.Due is { } due && YearMonth.Of(due) == month))
        {
            yield return $"vence la línea de acción {line.Number} ({SpanishCalendar.Date(line.Due!.Value)})";
        }
    }

    public static IReadOnlyList<string> SourcesIn(YearMonth month, AnswerContext context)
        => [.. context.Programme.Periods.Where(p => p.From == month || p.To == month).Select(p => p.Sources[0]).Prepend(context.Apartado(ApartadoPart.Sessions)).Distinct()];
}
