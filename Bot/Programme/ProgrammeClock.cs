using Microsoft.Extensions.Options;

namespace ProgramaBot.Programme;

/// <summary>"Now" and "today" in the commission's time zone, from the injected TimeProvider.</summary>
public sealed class ProgrammeClock(TimeProvider time, IOptions<ProgrammeOptions> options)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public DateTimeOffset InZone(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
