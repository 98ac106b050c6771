using ProgramaBot.Reminders.Due;
using ProgramaBot.Reminders.Schedule;

namespace ProgramaBot.Reminders.Delivery;

/// <summary>"Which deliveries to offer now": pure functions of what is due, the sent-notice log and the instant.</summary>
public static class DeliveryOffers
{
    /// <summary>
    /// Which (notice, target) pairs to offer to a send job now: never offered, or offered and still pending after
    /// their lease ran out (the job died, the process restarted, a transient failure asked to retry later).
    /// A decision past <paramref name="maxAttempts"/> is <see cref="DeliveryDecision.IsExhausted"/>: give up, do not send.
    /// </summary>
    public static IReadOnlyList<DeliveryDecision> Deliveries(
        IEnumerable<Notice> due,
        IReadOnlyCollection<string> targets,
        IEnumerable<Versioned<DeliveryRecord>> log,
        DateTimeOffset now,
        int maxAttempts)
        => Offers(due.SelectMany(n => targets.Select(t => (n.Id, t))), log, now, maxAttempts);

    /// <summary>The same rule for explicit (notice, target) pairs, e.g. a vote nudge to one member.</summary>
    public static IReadOnlyList<DeliveryDecision> Offers(
        IEnumerable<(string NoticeId, string Target)> pairs,
        IEnumerable<Versioned<DeliveryRecord>> log,
        DateTimeOffset now,
        int maxAttempts)
    {
        var known = log.ToDictionary(r => (r.Value.NoticeId, r.Value.Target));
        var decisions = new List<DeliveryDecision>();
        foreach (var (noticeId, target) in pairs.Distinct())
        {
            if (!known.TryGetValue((noticeId, target), out var row))
            {
                decisions.Add(new DeliveryDecision(noticeId, target, Attempts: 1, ExpectedVersion: null));
            }
            else if (row.Value is { State: DeliveryState.Pending } pending && pending.LeaseUntil <= now)
            {
                decisions.Add(new DeliveryDecision(noticeId, target, pending.Attempts + 1, row.Version, pending.Attempts >= maxAttempts));
            }
        }

        return decisions;
    }
}
