namespace ProgramaBot.Answers.Replies;

/// <summary>
/// The engine's answer to one question. <see cref="Text"/> is complete and ends with the source line
/// ("Fuente: …"); when <see cref="Answered"/> is false it says "No lo sé" and offers <see cref="Suggestions"/>.
/// </summary>
public sealed record Answer(string Question, bool Answered, string Text, IReadOnlyList<string> Sources, double Score)
{
    /// <summary>For list answers (sessions, objectives): the items, so chat can show a card.</summary>
    public AnswerList? List { get; init; }

    /// <summary>The closest items, offered when declining.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];
}

/// <summary>A list answer: title, items, an optional note and the source line, ready for a card or text.</summary>
public sealed record AnswerList(string Title, IReadOnlyList<AnswerListItem> Items, string? Note, string Source);

public sealed record AnswerListItem(string Label, string Text);
