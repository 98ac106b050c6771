namespace ProgramaBot.Programme;

/// <summary>A specific objective of apartado 3 ("3.5"), which restates a general objective.</summary>
public sealed record SpecificObjective
{
    public required string Number { get; init; }

    /// <summary>Number of the general objective it serves ("2.5").</summary>
    public required string Objective { get; init; }

    public required string Text { get; init; }
}
