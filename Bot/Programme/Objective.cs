namespace ProgramaBot.Programme;

/// <summary>A general objective (apartado 2: "2.1" … "2.9").</summary>
public sealed record Objective
{
    public required string Number { get; init; }
    public required string Text { get; init; }
}
