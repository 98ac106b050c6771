using System.Collections.Concurrent;
using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Programme;

namespace ProgramaBot.Answers.Replies;

/// <summary>
/// Replies that depend on nothing but one programme (the help text, the list of objectives, of action lines), made once
/// per <see cref="ProgrammeKnowledge"/> instead of once per question. The knowledge is built for one programme document,
/// which never changes in place: a re-imported or published programme is a new document, for which the live engine
/// builds new knowledge, so a memo kept here can never serve the replies of an older programme. A reply is an immutable
/// record (callers derive theirs with <c>with</c>), so concurrent questions share it safely.
/// </summary>
public sealed class FixedReplies
{
    /// <summary>The replies kept for the programme a question is answered from (one per <see cref="ProgrammeKnowledge"/>).</summary>
    public static FixedReplies For(AnswerContext context) => context.Knowledge.Kept<FixedReplies>();

    private readonly ConcurrentDictionary<string, Reply> made = new(StringComparer.Ordinal);

    /// <param name="name">Which reply; a fixed name per kind, so the memo holds a handful of entries.</param>
    /// <param name="make">Must read nothing but <see cref="AnswerContext.Programme"/> (not the schedule, not today).</param>
    public Reply Of(string name, Func<AnswerContext, Reply> make, AnswerContext context)
        => made.TryGetValue(name, out var reply) ? reply : made.GetOrAdd(name, make(context).Shared());

    /// <summary>The last calendar made, with the session list it was made from.</summary>
    private sealed record Calendar(IReadOnlyList<ScheduledSession> Sessions, Reply Reply);

    private Calendar? calendar;

    /// <summary>
    /// A reply made from the programme and its live session list (<see cref="ProgrammeSchedule.SessionsOf"/>, which
    /// returns the same list instance until a date is pinned or unpinned, then a new one): kept while the list is the
    /// same instance, made again when it is not. One reference, written whole, so a reader sees an old pair or a new
    /// one, never half of each; two threads making it at once make the same reply.
    /// </summary>
    public Reply OfSessions(IReadOnlyList<ScheduledSession> sessions, Func<IReadOnlyList<ScheduledSession>, AnswerContext, Reply> make, AnswerContext context)
    {
        if (Volatile.Read(ref calendar) is { } last && ReferenceEquals(last.Sessions, sessions))
        {
            return last.Reply;
        }

        var reply = make(sessions, context).Shared();
        Volatile.Write(ref calendar, new Calendar(sessions, reply));
        return reply;
    }

    /// <summary>Replies about one session, by the session object of the live schedule they were made from.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<ScheduledSession, Reply> ofSession = new();

    /// <summary>
    /// A reply made from the programme and one session of its live schedule: kept while that session object is in use.
    /// <see cref="ProgrammeSchedule"/> keeps its session objects until a date is pinned, then builds new ones, so a
    /// reply kept here always describes the session as scheduled now; the table holds its keys weakly, so replies about
    /// sessions of an old list go with it. Thread-safe table of immutable replies.
    /// </summary>
    /// <param name="make">Must read nothing but the session and <see cref="AnswerContext.Programme"/> (not today).</param>
    public Reply OfSession(ScheduledSession session, Func<ScheduledSession, AnswerContext, Reply> make, AnswerContext context)
    {
        if (ofSession.TryGetValue(session, out var reply))
        {
            return reply;
        }

        reply = make(session, context).Shared();
        ofSession.AddOrUpdate(session, reply);
        return reply;
    }
}
