namespace ProgramaBot.Answers;

/// <summary>"¿Cuándo es la próxima sesión?": the first session not yet past, from today's date in the commission's zone.</summary>
public sealed class NextSessionRule : IAnswerRule
{
    public Reply? TryAnswer(Question question, AnswerContext context)
    {
        var next = question.HasAny("proxima", "proximo", "siguiente", "sigue", "nuevo", "vez", "viene");
        var session = question.HasAny("sesion", "sesiones", "reunion", "sesiona", "sesionan", "reune", "reunen", "junta", "ordinaria");
        if (!next || !session || question.HasAny("extraordinaria", "extraordinarias") || question.Months.Count > 0)
        {
            return null;
        }

        var today = context.Clock.Today;
        if (context.Schedule.Next() is { } upcoming)
        {
            var thisMonth = upcoming.StartsAt is null && upcoming.Month == today.Month && upcoming.Year == today.Year
                ? " (este mes; aún no tiene fecha exacta)"
                : "";
            return new($"La próxima sesión es la {upcoming.Name}, {SessionReplies.When(upcoming)}{thisMonth}. " +
                       $"{context.Programme.Sessions.DatesNote}", ["4"], Reply.Sure);
        }

        var last = context.Schedule.Last();
        var lastText = last is null ? "" : $" La última programada fue la {last.Name}, {SessionReplies.When(last).Replace("para ", "en ", StringComparison.Ordinal)}.";
        return new($"Ya no quedan sesiones por celebrar en los programas cargados (hoy es {Phrases.Date(today)}).{lastText} " +
                   "Cuando se cargue el programa del año en curso, o se fije la fecha de una sesión, podré indicarla.", ["4"], Reply.Sure);
    }
}
