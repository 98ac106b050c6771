using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Answers.Reading;
using ProgramaBot.Answers.Replies;
using ProgramaBot.Programme;

namespace ProgramaBot.Answers.Rules;

/// <summary>"¿Qué está pendiente?", "¿qué sigue?": the next session and the periods under way or ahead, from today.</summary>
public sealed class PendingRule : IAnswerRule
{
    private static readonly HashSet<string> PendingWords = new(StringComparer.Ordinal)
    {
        "pendiente", "pendientes", "falta", "faltan", "queda", "quedan", "plazo", "plazos", "vence", "vencen", "sigue",
        "viene", "hacer", "actividades", "comision", "ahora", "proximos", "proximas",
    };

    public Reply? TryAnswer(Question question, AnswerContext context)
    {
        var asks = question.HasAny("pendiente", "pendientes", "falta", "faltan", "queda", "quedan", "plazo", "plazos", "vence", "vencen")
                   || (question.HasAny("sigue", "viene") && !question.HasAny("sesion", "sesiones", "reunion"));
        if (!asks || question.Months.Count > 0 || question.SectionNumbers.Count > 0 || question.HasContentWordExcept(PendingWords))
        {
            return null;
        }

        if (context.UnloadedCurrentYear is { } year)
        {
            return MissingProgramme.Reply(year, "decir qué está pendiente", context.LoadedYears);
        }

        var today = context.Clock.Today;
        var now = YearMonth.Of(today);
        var parts = new List<string>();
        if (context.Schedule.Next() is { } next)
        {
            parts.Add($"la próxima sesión es la {next.Name}, {SessionReplies.When(next)}");
        }

        foreach (var period in context.Programme.Periods.Where(p => p.To >= now))
        {
            parts.Add(period.From <= now
                ? $"está en curso la {period.Name} (termina en {SpanishCalendar.MonthYear(period.To.Month, period.To.Year)})"
                : $"la {period.Name} inicia en {SpanishCalendar.MonthYear(period.From.Month, period.From.Year)}");
        }

        foreach (var line in context.Programme.ActionLines.Where(l => l.Due is { } due && due >= today))
        {
            parts.Add($"la línea de acción {line.Number} vence el {SpanishCalendar.Date(line.Due!.Value)}");
        }

        var text = parts.Count > 0
            ? $"Al {SpanishCalendar.Date(today)}: {string.Join("; ", parts)}."
            : $"Al {SpanishCalendar.Date(today)} no quedan sesiones ni plazos con fecha pendientes en el {context.Programme.ShortTitle}.";
        return new Reply(text, context.SourcesOf(ApartadoPart.Sessions), Reply.Sure);
    }
}
