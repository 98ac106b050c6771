using Microsoft.Extensions.Options;

namespace ProgramaBot.Time;

/// <summary>"Now" and conversions in the commission's time zone; all time comes from the injected TimeProvider.</summary>
public sealed class CommissionClock(TimeProvider time, IOptions<TimeOptions> options)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset UtcNow => time.GetUtcNow();

    /// <summary>The current wall-clock time in the commission's zone.</summary>
    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>An instant as the commission's wall-clock time.</summary>
    public DateTimeOffset InZone(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>A local date and time in the commission's zone as an instant (ambiguous times take the standard offset).</summary>
    public DateTimeOffset ToInstant(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }
}
