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

    /// <summary>Month-only sessions count as upcoming for the whole of their month.</summary>
    public bool IsUpcoming(DateTimeOffset now)
        => StartsAt is { } startsAt ? startsAt >= now : YearMonth >= new YearMonth(now.Year, now.Month);
}
