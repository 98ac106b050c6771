namespace ProgramaBot.Programme;

public sealed record Institution
{
    public required string Name { get; init; }
    public required string Acronym { get; init; }
    public required string State { get; init; }
    public required string Mission { get; init; }
    public IReadOnlyList<string> Principles { get; init => field = value ?? []; } = [];
    public required string Source { get; init; }
}
