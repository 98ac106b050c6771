namespace ProgramaBot.Answers.Knowledge;

public enum KnowledgeKind
{
    Objective,
    ActionLine,
    LegalBasis,
    Acronym,
    Introduction,
    Fact,
    Period,
}

/// <summary>
/// One searchable unit of a programme: what is matched (title, body, keywords), what is said when
/// it is the answer, and which parts of the programme it comes from.
/// </summary>
public sealed record KnowledgeItem(
    string Id,
    KnowledgeKind Kind,
    string Title,
    string Body,
    string Answer,
    IReadOnlyList<string> Sources)
{
    /// <summary>Words people use for this item that its text does not contain.</summary>
    public string Keywords { get; init; } = "";
}
