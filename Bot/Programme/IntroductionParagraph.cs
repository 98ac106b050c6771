namespace ProgramaBot.Programme;

public sealed record IntroductionParagraph
{
    public required string Id { get; init; }
    public required string Topic { get; init; }
    public required string Text { get; init; }
}
