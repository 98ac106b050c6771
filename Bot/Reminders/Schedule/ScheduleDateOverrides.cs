using ProgramaBot.Programme;

namespace ProgramaBot.Reminders.Schedule;

/// <summary>
/// The dates set through reminders, for the programme's answers ("¿cuándo es la sesión ordinaria III?"). The answers
/// read synchronously, so this serves a snapshot of the schedule store, refreshed at start-up, after every change made
/// here and by every due scan (another instance's change shows within a minute). Reminders themselves never read it.
/// </summary>
public sealed class ScheduleDateOverrides(IScheduleStore store, ILogger<ScheduleDateOverrides> logger) : ISessionDateOverrides
{
    private volatile IReadOnlyList<ScheduleEntry> _entries = [];

    public IReadOnlyList<SessionDateOverride> ForYear(int programmeYear)
        => [.. _entries
            .Where(e => e is { IsSession: true, HasExactTime: true } && (e.Year ?? e.At!.Value.Year) == programmeYear)
            .Select(e => new SessionDateOverride(e.Key, e.At!.Value, e.Kind == ScheduleKind.ExtraordinarySession ? e.Title : null))];

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            _entries = await store.ListAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Answers keep the previous snapshot; reminders read the store directly and are unaffected.
            logger.LogWarning(e, "Could not refresh the session dates for answers");
        }
    }
}

/// <summary>Loads the snapshot before the first question.</summary>
internal sealed class ScheduleDateOverridesWarmup(ScheduleDateOverrides overrides) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => overrides.RefreshAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
