namespace ProgramaBot.Programme;

/// <summary>One of the programme's numbered sections ("apartado 4").</summary>
public sealed record Apartado
{
    public required string Number { get; init; }
    public required string Title { get; init; }
}
