using ProgramaBot.Time;

namespace ProgramaBot.Reminders.Schedule;

/// <summary>One programme line: a month-only session, or an item due on a date.</summary>
public sealed class ProgrammeItemOptions
{
    public required string Key { get; set; }
    public ScheduleKind Kind { get; set; } = ScheduleKind.OrdinarySession;
    public required string Title { get; set; }
    public int? Year { get; set; }
    public int? Month { get; set; }

    /// <summary>Deadlines only: the due date (local), reminded at Reminders:DeadlineTime.</summary>
    public DateOnly? Due { get; set; }

    internal ScheduleEntry ToEntry(CommissionClock clock, TimeOnly deadlineTime) => new()
    {
        Key = Key,
        Kind = Kind,
        Title = Title,
        Year = Year ?? Due?.Year,
        Month = Month ?? Due?.Month,
        At = Due is { } due ? clock.ToInstant(due.ToDateTime(deadlineTime)) : null,
    };
}
