namespace ProgramaBot.Programme;

/// <summary>An action line ("3.5.2") under a specific objective ("3.5").</summary>
public sealed record ActionLine
{
    public required string Number { get; init; }
    public required string SpecificObjective { get; init; }
    public required string Text { get; init; }

    /// <summary>An exact deadline, when the programme (or a later amendment) states one.</summary>
    public DateOnly? Due { get; init; }
}
