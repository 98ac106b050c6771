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

    /// <summary>In calendar order.</summary>
    public IReadOnlyList<ScheduledSession> SessionsOf(ProgrammeDocument programme)
    {
        var pinned = overrides.ForYear(programme.Year).ToDictionary(o => o.SessionId, StringComparer.Ordinal);
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
