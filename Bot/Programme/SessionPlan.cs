namespace ProgramaBot.Programme;

/// <summary>Apartado 4: the commission's ordinary sessions and what the programme says about them.</summary>
public sealed record SessionPlan
{
    public string? LegalBasis { get; init; }
    public required int OrdinaryCount { get; init; }
    public required IReadOnlyList<PlannedSession> Ordinary { get; init; }

    /// <summary>"Las fechas son de carácter enunciativo, más no limitativo…"</summary>
    public required string DatesNote { get; init; }

    public required string Extraordinary { get; init; }

    /// <summary>A discrepancy in the source worth telling readers about (the "2020" heading).</summary>
    public string? HeadingNote { get; init; }
}

public sealed record PlannedSession
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required int Ordinal { get; init; }
    public required int Month { get; init; }

    /// <summary>The day, when the programme gives one without an hour (no time is invented for it).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Exact date and time when known; otherwise the session stays month-only (or day-only, see <see cref="Date"/>).</summary>
    public DateTimeOffset? StartsAt { get; init; }
}
