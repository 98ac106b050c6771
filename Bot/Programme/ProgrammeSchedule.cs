using ProgramaBot.Time;
namespace ProgramaBot.Programme;

/// <summary>The sessions of every loaded programme, with run-time exact dates applied.</summary>
public sealed class ProgrammeSchedule(ProgrammeCatalog catalog, ISessionDateOverrides overrides, CommissionClock clock)
{
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
        return catalog.All.SelectMany(SessionsOf).FirstOrDefault(s => s.IsUpcoming(now));
    }

    public ScheduledSession? Last() => catalog.All.SelectMany(SessionsOf).LastOrDefault();
}
