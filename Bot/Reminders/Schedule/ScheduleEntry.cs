namespace ProgramaBot.Reminders.Schedule;

public enum ScheduleKind
{
    OrdinarySession,
    ExtraordinarySession,
    Deadline,
}

/// <summary>
/// A session or a programme deadline. Month-only (Year/Month) until the Secretario Técnico sets an exact
/// instant; only entries with <see cref="At"/> and not cancelled produce notices.
/// </summary>
public sealed record ScheduleEntry
{
    /// <summary>Stable id: "ordinaria-3", "extraordinaria-1", "plazo-3.2.1".</summary>
    public required string Key { get; init; }

    public required ScheduleKind Kind { get; init; }

    /// <summary>Spanish display name: "Sesión Ordinaria III".</summary>
    public required string Title { get; init; }

    public int? Year { get; init; }
    public int? Month { get; init; }

    /// <summary>The exact instant, once set; null while the entry is month-only (or day-only).</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>The day, when the programme gives one without an hour: reminded at day level, never with an hour.</summary>
    public DateOnly? Day { get; init; }

    /// <summary>
    /// For a day-only entry, the instant its day-level reminders count back from: 09:00 of <see cref="Day"/> in the
    /// commission's zone, so "7 days before" goes out at 09:00. It is when reminders go out, not the session's hour,
    /// which nobody knows yet and no text states.
    /// </summary>
    public DateTimeOffset? DayAnchor { get; init; }

    public bool Cancelled { get; init; }
    public string? SetBy { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }

    public bool IsSession => Kind is ScheduleKind.OrdinarySession or ScheduleKind.ExtraordinarySession;

    /// <summary>An exact, live instant is reminded about at every offset: month-only entries never are.</summary>
    public bool HasExactTime => At is not null && !Cancelled;

    /// <summary>A live day without an hour: reminded whole days before (see <see cref="DayAnchor"/>).</summary>
    public bool IsDayOnly => At is null && DayAnchor is not null && !Cancelled;
}
