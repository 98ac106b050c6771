using System.Runtime.CompilerServices;
using ProgramaBot.Time;
namespace ProgramaBot.Programme;

/// <summary>The sessions of every programme served now (<see cref="IProgrammeSource.Current"/>), with run-time exact dates applied.</summary>
public sealed class ProgrammeSchedule(IProgrammeSource source, ISessionDateOverrides overrides, CommissionClock clock)
{
    /// <summary>The sessions of one fixed catalog (an answer engine built for it, a test).</summary>
    public ProgrammeSchedule(ProgrammeCatalog catalog, ISessionDateOverrides overrides, CommissionClock clock)
        : this(new FixedProgrammeSource(catalog), overrides, clock)
    {
    }

    /// <summary>
    /// Each programme's sessions as last built, with the pinned dates they were built from. A programme document is
    /// never changed in place (a new programme in force is a new document, and the entry goes with the old one), and
    /// <see cref="ISessionDateOverrides.ForYear"/> returns the same list only while its dates are the same: so the
    /// list is rebuilt when either changes, and otherwise served as built — not rebuilt and sorted per question.
    /// </summary>
    private readonly ConditionalWeakTable<ProgrammeDocument, Built> _built = [];

    private sealed record Built(IReadOnlyList<SessionDateOverride> Pins, IReadOnlyList<ScheduledSession> Sessions);

    /// <summary>In calendar order.</summary>
    public IReadOnlyList<ScheduledSession> SessionsOf(ProgrammeDocument programme)
    {
        var pins = overrides.ForYear(programme.Year);
        if (_built.TryGetValue(programme, out var built) && ReferenceEquals(built.Pins, pins))
        {
            return built.Sessions;
        }

        var sessions = Build(programme, pins);
        _built.AddOrUpdate(programme, new(pins, sessions));
        return sessions;
    }

    private IReadOnlyList<ScheduledSession> Build(ProgrammeDocument programme, IReadOnlyList<SessionDateOverride> pins)
    {
        var pinned = pins.ToDictionary(o => o.SessionId, StringComparer.Ordinal);
        var sessions = new List<ScheduledSession>();
        foreach (var planned in programme.Sessions.Ordinary)
        {
            var startsAt = pinned.Remove(planned.Id, out var pin) ? clock.InZone(pin.StartsAt) : planned.StartsAt;
            var month = startsAt?.Month ?? planned.Month;
            sessions.Add(new(planned.Id, planned.Name, false, programme.Year, month, startsAt) { Date = startsAt is null ? planned.Date : null });
        }

        foreach (var extra in pinned.Values)
        {
            var startsAt = clock.InZone(extra.StartsAt);
            sessions.Add(new(extra.SessionId, extra.Name ?? "Sesión Extraordinaria", true, startsAt.Year, startsAt.Month, startsAt));
        }

        return [.. sessions.OrderBy(s => s.YearMonth).ThenBy(s => s.StartsAt?.Day ?? s.Date?.Day ?? 32).ThenBy(s => s.StartsAt ?? DateTimeOffset.MaxValue)];
    }

    /// <summary>The next session of any loaded programme, relative to now; null when all have passed.</summary>
    public ScheduledSession? Next()
    {
        var now = clock.Now;
        return source.Current.All.SelectMany(SessionsOf).FirstOrDefault(s => s.IsUpcoming(now));
    }

    public ScheduledSession? Last() => source.Current.All.SelectMany(SessionsOf).LastOrDefault();
}
