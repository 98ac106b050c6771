using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Answers.Reading;
using ProgramaBot.Answers.Replies;
using ProgramaBot.Programme;

namespace ProgramaBot.Answers.Rules;

/// <summary>
/// "¿Cuándo es la próxima sesión?": the first session not yet past, from today's date in the commission's zone —
/// across the loaded programmes, or within the one whose year the question names. When today's year has no
/// programme and no loaded one has a session ahead, it says that year's programme is missing.
/// </summary>
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
        var sessionsApartado = context.SourcesOf(ApartadoPart.Sessions);
        var upcoming = context.NamedYear is null
            ? context.Schedule.Next()
            : context.Schedule.SessionsOf(context.Programme).FirstOrDefault(s => s.IsUpcoming(context.Clock.Now));
        if (upcoming is not null)
        {
            var thisMonth = upcoming.StartsAt is null && upcoming.Date is null && upcoming.Month == today.Month && upcoming.Year == today.Year
                ? " (este mes; aún no tiene fecha exacta)"
                : "";
            return new($"La próxima sesión es la {upcoming.Name}, {SessionReplies.When(upcoming)}{thisMonth}. " +
                       $"{context.Programme.Sessions.DatesNote}", sessionsApartado, Reply.Sure)
            {
                Dated = true,
            };
        }

        var last = context.NamedYear is null ? context.Schedule.Last() : context.Schedule.SessionsOf(context.Programme) is [.., var final] ? final : null;
        var lastText = last is null ? "" : $"La última programada fue la {last.Name}, {SessionReplies.When(last).Replace("para el ", "el ", StringComparison.Ordinal).Replace("para ", "en ", StringComparison.Ordinal)}.";
        if (context.UnloadedCurrentYear is { } year)
        {
            return MissingProgramme.Reply(year, "indicar la próxima sesión", context.LoadedYears,
                $"En el programa más reciente que tengo, el {context.Programme.ShortTitle}, ya no quedan sesiones por celebrar. {lastText}");
        }

        var (scope, tail) = context.NamedYear is { } named
            ? ($"en el programa {named}", "")
            : ("en los programas cargados", " Cuando se cargue el programa del año siguiente, o se fije la fecha de una sesión, podré indicarla.");
        return new($"Ya no quedan sesiones por celebrar {scope} (hoy es {SpanishCalendar.Date(today)}). {lastText}{tail}".TrimEnd(), sessionsApartado, Reply.Sure);
    }
}
