namespace ProgramaBot.Answers.Replies;

/// <summary>What a rule proposes: the text (without the source line), its sources and how sure it is.</summary>
public sealed record Reply(string Text, IReadOnlyList<string> Sources, double Confidence)
{
    /// <summary>Structured items for a card (sessions, objectives…), when the answer is a list.</summary>
    public AnswerList? List { get; init; }

    /// <summary>A rule that knows the programme cannot answer (an article it does not cite, an unknown acronym).</summary>
    public bool Declines { get; init; }

    /// <summary>The programme of the year asked about is not loaded: the text says so and how to load it, and is the whole answer.</summary>
    public bool MissingProgramme { get; init; }

    /// <summary>It gives dates from a calendar (sessions): taken from an older year's programme, the answer says so first.</summary>
    public bool Dated { get; init; }

    /// <summary>
    /// Set to <see cref="Text"/> when that very string is given every time (an item's answer, a reply kept per
    /// programme): the engine then keeps the whole answer text, source line included, instead of joining it per
    /// question (<see cref="Knowledge.AnswerTexts"/>). A <c>with</c> that changes the text leaves this on the old string,
    /// so it no longer matches and nothing is kept: it never has to be reset by hand.
    /// </summary>
    public string? SharedText { get; init; }

    /// <summary>This reply, marked as given with the same text every time (<see cref="SharedText"/>).</summary>
    public Reply Shared() => this with { SharedText = Text };

    /// <summary>Rule answers are sure of what they matched; only unexplained words lower them.</summary>
    public const double Sure = 0.95;

    public static Reply Decline(string reason) => new(reason, [], 0) { Declines = true };
}
