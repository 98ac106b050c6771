namespace ProgramaBot.Time;

/// <summary>A clock that starts at a chosen instant and then runs at real speed (timers included).</summary>
public sealed class SimulatedTimeProvider(DateTimeOffset start, TimeProvider real) : TimeProvider
{
    private readonly TimeSpan _offset = start - real.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => real.GetUtcNow() + _offset;

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

    public override long GetTimestamp() => real.GetTimestamp();

    public override long TimestampFrequency => real.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        => real.CreateTimer(callback, state, dueTime, period);
}
