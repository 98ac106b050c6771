namespace ProgramaBot.Programme;

/// <summary>A provision the programme rests on: article, fraction/numeral, the law and what it says.</summary>
public sealed record LegalBasis
{
    public required string Id { get; init; }

    /// <summary>Null when the programme cites a part of a law rather than an article (a book of the Estatuto).</summary>
    public string? Article { get; init; }

    public string? Provision { get; init; }
    public required string Law { get; init; }
    public required string Summary { get; init; }
    public string? Note { get; init; }

    /// <summary>The apartado that cites it.</summary>
    public required string Source { get; init; }
}
