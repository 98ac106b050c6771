using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Answers.Reading;
using ProgramaBot.Answers.Replies;
using ProgramaBot.Programme;

namespace ProgramaBot.Answers.Rules;

/// <summary>
/// Ordinary sessions: which month or date a given one falls on ("sesión ordinaria III", "la tercera
/// sesión", "la última"), which one falls in a month, how many there are, the whole calendar.
/// </summary>
public sealed class SessionRule : IAnswerRule
{
    private static readonly string[] Anchors = ["sesion", "ordinaria", "reunion", "junta"];

    public Reply? TryAnswer(Question question, AnswerContext context)
    {
        var aboutSessions = question.HasAny("sesion", "sesiones", "ordinaria", "ordinarias", "reunion", "reuniones", "sesiona", "sesionan", "sesionara", "reune", "reunen", "juntas");
        // "¿En qué artículo se basa la programación de sesiones?" is a legal question: retrieval answers it.
        if (!aboutSessions || question.HasAny("extraordinaria", "extraordinarias", "articulo", "articulos", "fundamento", "ley", "reglamento", "legal"))
        {
            return null;
        }

        // The schedule's list, read in place (it is kept until a date changes): no filtered copy per question.
        var schedule = context.Schedule.SessionsOf(context.Programme);
        if (question.Has("ultima"))
        {
            return SessionReplies.One(LastOrdinary(schedule), context);
        }

        if (question.OrdinalNear(Anchors) is { } ordinal)
        {
            var planned = Planned(context.Programme.Sessions.Ordinary, ordinal);
            return planned is null
                ? Reply.Decline($"El programa solo contempla {OrdinaryCount(schedule)} sesiones ordinarias; no hay una sesión ordinaria {Ordinals.ToRoman(ordinal)}.")
                : SessionReplies.One(OrdinaryWithId(schedule, planned.Id), context);
        }

        if (question.Months.Count > 0)
        {
            return InMonths(question.Months, [.. schedule.Where(s => !s.IsExtraordinary)], context);
        }

        if (question.HasAny("cuantas", "cuantos", "numero", "veces"))
        {
            var count = context.Programme.Sessions.OrdinaryCount;
            var reply = SessionReplies.Calendar(context);
            return reply with
            {
                Text = $"Son {count} ({Ordinals.Cardinal(count)}) sesiones ordinarias. " + reply.Text,
            };
        }

        var asksWhen = question.HasAny("cuando", "calendario", "fechas", "cuales", "meses", "programacion", "lista", "sesiones", "sesiona", "sesionan", "reune", "reunen");
        return asksWhen ? SessionReplies.Calendar(context) : null;
    }

    /// <summary><c>ordinary[^1]</c> of the ordinary sessions in calendar order (it throws as that did when there is none).</summary>
    private static ScheduledSession LastOrdinary(IReadOnlyList<ScheduledSession> schedule)
    {
        for (var i = schedule.Count - 1; i >= 0; i--)
        {
            if (!schedule[i].IsExtraordinary)
            {
                return schedule[i];
            }
        }

        throw new ArgumentOutOfRangeException(nameof(schedule), "No ordinary session is scheduled.");
    }

    /// <summary><c>First(s => s.Id == id)</c> of the ordinary sessions.</summary>
    private static ScheduledSession OrdinaryWithId(IReadOnlyList<ScheduledSession> schedule, string id)
    {
        foreach (var session in schedule)
        {
            if (!session.IsExtraordinary && session.Id == id)
            {
                return session;
            }
        }

        throw new InvalidOperationException($"Session {id} is not in the schedule.");
    }

    private static int OrdinaryCount(IReadOnlyList<ScheduledSession> schedule)
    {
        var count = 0;
        foreach (var session in schedule)
        {
            count += session.IsExtraordinary ? 0 : 1;
        }

        return count;
    }

    private static PlannedSession? Planned(IReadOnlyList<PlannedSession> ordinary, int ordinal)
    {
        foreach (var session in ordinary)
        {
            if (session.Ordinal == ordinal)
            {
                return session;
            }
        }

        return null;
    }

    private static Reply InMonths(IReadOnlyList<int> months, List<ScheduledSession> sessions, AnswerContext context)
    {
        var texts = new List<string>();
        foreach (var month in months)
        {
            var inMonth = sessions.Where(s => s.Month == month).ToList();
            texts.Add(inMonth.Count > 0
                ? $"En {Months.Name(month)} corresponde la {string.Join(" y la ", inMonth.Select(s => s.Name))} ({string.Join("; ", inMonth.Select(SessionReplies.When))})."
                : $"En {Months.Name(month)} no hay sesión ordinaria programada.");
        }

        var all = string.Join("; ", sessions.Select(s => $"{s.Name}: {Months.Name(s.Month)}"));
        return new($"{string.Join(" ", texts)} El calendario de sesiones ordinarias es: {all}. {context.Programme.Sessions.DatesNote}", context.SourcesOf(ApartadoPart.Sessions), Reply.Sure)
        {
            Dated = true,
        };
    }
}
