namespace ProgramaBot.Programme;

public sealed record Annex
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public string? Note { get; init; }
    public required string Source { get; init; }
}
