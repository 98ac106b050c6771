namespace ProgramaBot.Reminders.Schedule;

/// <summary>What a set or cancel did, for the confirmation message.</summary>
public sealed record ScheduleChange(ScheduleEntry Entry, ScheduleEntry? Before);

/// <summary>Sets, moves and cancels entries with read-modify-write under optimistic concurrency (retried on conflict).</summary>
public sealed class ScheduleService(IScheduleStore store, EffectiveSchedule schedule, ScheduleDateOverrides answers, TimeProvider time)
{
    private const int MaxConflicts = 5;

    /// <summary>Sets or moves an entry; <paramref name="template"/> names it when it is new (an extraordinary session).</summary>
    public Task<ScheduleChange> SetAsync(ScheduleEntry template, DateTimeOffset at, string? setBy, CancellationToken cancellationToken)
        => WriteAsync(template.Key, template, current => current with { At = at, Cancelled = false }, setBy, cancellationToken)!;

    /// <returns>Null when the entry has no date to cancel.</returns>
    public async Task<ScheduleChange?> CancelAsync(string key, string? setBy, CancellationToken cancellationToken)
    {
        var current = await schedule.FindAsync(key, cancellationToken);
        if (current is not { HasExactTime: true })
        {
            return null;
        }

        return await WriteAsync(key, current, e => e with { Cancelled = true }, setBy, cancellationToken);
    }

    private async Task<ScheduleChange> WriteAsync(
        string key, ScheduleEntry template, Func<ScheduleEntry, ScheduleEntry> change, string? setBy, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxConflicts; attempt++)
        {
            var stored = await store.GetAsync(key, cancellationToken);
            var before = stored?.Value ?? await schedule.FindAsync(key, cancellationToken);
            var next = change(before ?? template) with { SetBy = setBy, UpdatedAt = time.GetUtcNow() };
            if (await store.TrySaveAsync(next, stored?.Version, cancellationToken) is not null)
            {
                await answers.RefreshAsync(cancellationToken);
                return new ScheduleChange(next, before);
            }
        }

        throw new InvalidOperationException($"Schedule entry {key} kept changing underneath; gave up after {MaxConflicts} attempts.");
    }
}
