namespace ProgramaBot.Programme;

/// <summary>A span the programme names by months ("septiembre 2020 a agosto 2021").</summary>
public sealed record Period
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required YearMonth From { get; init; }
    public required YearMonth To { get; init; }
    public required IReadOnlyList<string> Sources { get; init; }
}

public sealed record YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public int CompareTo(YearMonth? other)
        => other is null ? 1 : (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);

    public static bool operator <(YearMonth left, YearMonth right) => left.CompareTo(right) < 0;
    public static bool operator <=(YearMonth left, YearMonth right) => left.CompareTo(right) <= 0;
    public static bool operator >(YearMonth left, YearMonth right) => left.CompareTo(right) > 0;
    public static bool operator >=(YearMonth left, YearMonth right) => left.CompareTo(right) >= 0;
}
