using ProgramaBot.Programme;

namespace ProgramaBot.Reminders.Schedule;

/// <summary>
/// The dates set through reminders, for the programme's answers ("¿cuándo es la sesión ordinaria III?"). The answers
/// read synchronously, so this serves a snapshot of the schedule store, refreshed at start-up, after every change made
/// here and by every due scan (another instance's change shows within a minute). Reminders themselves never read it.
/// </summary>
public sealed class ScheduleDateOverrides(IScheduleStore store, ILogger<ScheduleDateOverrides> logger) : ISessionDateOverrides
{
    private volatile Snapshot _snapshot = new([]);

    /// <summary>
    /// One list per year and snapshot, the same object until the next refresh (<see cref="ISessionDateOverrides.ForYear"/>'s
    /// contract): the answers' schedule keeps its sorted sessions while the list it was built from is the one served.
    /// </summary>
    public IReadOnlyList<SessionDateOverride> ForYear(int programmeYear)
    {
        var snapshot = _snapshot;
        return snapshot.ByYear.GetOrAdd(programmeYear, static (year, entries) => [.. entries
            .Where(e => e is { IsSession: true, HasExactTime: true } && (e.Year ?? e.At!.Value.Year) == year)
            .Select(e => new SessionDateOverride(e.Key, e.At!.Value, e.Kind == ScheduleKind.ExtraordinarySession ? e.Title : null))],
            snapshot.Entries);
    }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            _snapshot = new(await store.ListAsync(cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Answers keep the previous snapshot; reminders read the store directly and are unaffected.
            logger.LogWarning(e, "Could not refresh the session dates for answers");
        }
    }

    /// <summary>The store's entries as last read, and the overrides of each year asked for, derived from them once.</summary>
    private sealed class Snapshot(IReadOnlyList<ScheduleEntry> entries)
    {
        public IReadOnlyList<ScheduleEntry> Entries { get; } = entries;

        public System.Collections.Concurrent.ConcurrentDictionary<int, IReadOnlyList<SessionDateOverride>> ByYear { get; } = new();
    }
}

/// <summary>
/// Loads the snapshot while the host starts, on a worker thread (resolving the store there too: the SQLite store may
/// create its schema), so the read does not hold up Kestrel; the host still waits for it before it reports started.
/// </summary>
internal sealed class ScheduleDateOverridesWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
        => Task.Run(() => services.GetRequiredService<ScheduleDateOverrides>().RefreshAsync(cancellationToken), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
