namespace ProgramaBot.Programme;

/// <summary>A session as it stands now: the programme's month, plus an exact start once one is set.</summary>
public sealed record ScheduledSession(
    string Id,
    string Name,
    bool IsExtraordinary,
    int Year,
    int Month,
    DateTimeOffset? StartsAt)
{
    public YearMonth YearMonth => new(Year, Month);

    /// <summary>The day the programme gives without an hour, when no exact start is known (no time is invented for it).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Month-only sessions count as upcoming for the whole of their month, day-only ones for the whole of their day.</summary>
    public bool IsUpcoming(DateTimeOffset now)
        => StartsAt is { } startsAt ? startsAt >= now
            : Date is { } date ? date >= DateOnly.FromDateTime(now.DateTime)
            : YearMonth >= new YearMonth(now.Year, now.Month);
}
