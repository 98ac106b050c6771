using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Programme;

namespace ProgramaBot.Answers.Replies;

/// <summary>Answers about sessions, built from the live schedule so exact dates set later are used.</summary>
public static class SessionReplies
{
    /// <summary>Made once per programme and session list (<see cref="FixedReplies.OfSessions"/>): a pinned date makes a new list.</summary>
    public static Reply Calendar(AnswerContext context)
        => FixedReplies.For(context).OfSessions(context.Schedule.SessionsOf(context.Programme), MakeCalendar, context);

    private static Reply MakeCalendar(IReadOnlyList<ScheduledSession> sessions, AnswerContext context)
    {
        var plan = context.Programme.Sessions;
        var lines = sessions.Select(s => new AnswerListItem(s.Name, Phrases.Capitalized(When(s))));
        var ordinary = sessions.Count(s => !s.IsExtraordinary);
        var text = $"La {context.Programme.Commission.ShortName} tiene programadas {ordinary} ({Ordinals.Cardinal(ordinary)}) " +
                   $"sesiones ordinarias en {context.Programme.Year}: " +
                   string.Join("; ", sessions.Select(s => $"{s.Name}, {When(s)}")) + $". {plan.DatesNote} " +
                   "Además, se celebrarán las sesiones extraordinarias necesarias para asuntos de urgente atención.";
        return new Reply(text, [context.Apartado(ApartadoPart.Sessions)], Reply.Sure)
        {
            Dated = true,
            List = new AnswerList($"Sesiones ordinarias {context.Programme.Year}", [.. lines], plan.DatesNote, ""),
        };
    }

    /// <summary>Made once per session of the live schedule (<see cref="FixedReplies.OfSession"/>): a pinned date makes new sessions.</summary>
    public static Reply One(ScheduledSession session, AnswerContext context)
        => FixedReplies.For(context).OfSession(session, MakeOne, context);

    private static Reply MakeOne(ScheduledSession session, AnswerContext context)
    {
        var verb = session.StartsAt is null ? "está programada" : "está convocada";
        return new($"La {session.Name} {verb} {When(session)}. {context.Programme.Sessions.DatesNote}", context.SourcesOf(ApartadoPart.Sessions), Reply.Sure)
        {
            Dated = true,
        };
    }

    /// <summary>"para septiembre de 2021", or the exact date once it is set.</summary>
    public static string When(ScheduledSession session) => Phrases.When(session);
}
