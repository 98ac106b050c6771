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

    /// <summary>The exact instant, once set; null while the entry is month-only.</summary>
    public DateTimeOffset? At { get; init; }

    public bool Cancelled { get; init; }
    public string? SetBy { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }

    public bool IsSession => Kind is ScheduleKind.OrdinarySession or ScheduleKind.ExtraordinarySession;

    /// <summary>Only an exact, live instant can be reminded about: month-only entries never are.</summary>
    public bool HasExactTime => At is not null && !Cancelled;
}
