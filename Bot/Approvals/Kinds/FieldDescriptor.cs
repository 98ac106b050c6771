namespace ProgramaBot.Approvals.Kinds;

public enum FieldType
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Several lines (justifications, descriptions).</summary>
    LongText,

    /// <summary>One of <see cref="FieldDescriptor.Choices"/>.</summary>
    Choice,

    /// <summary>One absolute http(s) link.</summary>
    Link,

    /// <summary>Zero or more absolute http(s) links, one per line.</summary>
    Links,
}

public sealed record FieldChoice(string Value, string Title);

/// <summary>One field of a request kind: everything the form, the validator and the card need to know.</summary>
public sealed record FieldDescriptor(string Id, string Label, FieldType Type, bool Required, int MaxLength)
{
    public IReadOnlyList<FieldChoice> Choices { get; init; } = [];

    public string? Placeholder { get; init; }

    /// <summary>Kept with the request for the bot's own use (an id), never shown on its card.</summary>
    public bool Hidden { get; init; }

    /// <summary>How to fill the field in («un enlace por renglón»): shown on the form only, never on the published card.</summary>
    public string? Hint { get; init; }

    /// <summary>The form's label: the field's name with its hint.</summary>
    public string FormLabel => Hint is null ? Label : $"{Label} ({Hint})";

    /// <summary>The text shown for a stored value (a choice's title instead of its code).</summary>
    public string Display(string value)
        => Type == FieldType.Choice ? Choices.FirstOrDefault(c => c.Value == value)?.Title ?? value : value;
}
