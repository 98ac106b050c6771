namespace ProgramaBot.Programme;

public sealed record Acronym
{
    public required string Letters { get; init; }
    public required string Meaning { get; init; }
    public required string Source { get; init; }

    /// <summary>True for common acronyms the programme itself does not use (it cites the full name).</summary>
    public bool CommonUseOnly { get; init; }
}

/// <summary>A short name the programme defines for a longer one ("Estatuto").</summary>
public sealed record ShortName
{
    public required string Name { get; init; }
    public required string Meaning { get; init; }
    public required string Source { get; init; }
}
