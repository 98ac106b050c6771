using Microsoft.Extensions.Options;
using ProgramaBot.Reminders.Schedule;
using ProgramaBot.Time;

namespace ProgramaBot.Tests.Reminders;

/// <summary>Schedule entries and instants in the commission's zone, for the pure reminder tests.</summary>
internal static class Builders
{
    public static readonly TimeSpan[] DefaultOffsets = [TimeSpan.FromDays(7), TimeSpan.FromDays(1), TimeSpan.FromHours(1)];

    public static CommissionClock Clock(TimeProvider? time = null, string zone = "America/Mexico_City")
        => new(time ?? TimeProvider.System, Options.Create(new TimeOptions { TimeZone = zone }));

    /// <summary>A local wall-clock time in Mexico City as an instant.</summary>
    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0)
        => Clock().ToInstant(new DateTime(year, month, day, hour, minute, 0));

    public static ScheduleEntry Ordinary(int number, DateTimeOffset? at = null, int month = 9) => new()
    {
        Key = SessionKeys.Key(ScheduleKind.OrdinarySession, number),
        Kind = ScheduleKind.OrdinarySession,
        Title = SessionKeys.Title(ScheduleKind.OrdinarySession, number),
        Year = 2021,
        Month = month,
        At = at,
    };

    public static IReadOnlyList<TimeSpan> Offsets(ScheduleEntry _) => DefaultOffsets;
}
