using System.Text.Json.Serialization;

namespace ProgramaBot.Programme;

/// <summary>One of the programme's sections ("apartado 4"), numbered as the programme numbers it.</summary>
public sealed record Apartado
{
    public required string Number { get; init; }
    public required string Title { get; init; }

    /// <summary>
    /// What the apartado holds, so answers cite the right one whatever its number: each year's document numbers
    /// and words its headings its own way. <see cref="ApartadoPart.Other"/> for an extra apartado.
    /// </summary>
    public ApartadoPart Part { get; init; } = ApartadoPart.Other;

    /// <summary>The text of an extra apartado (one with no structured part), paragraph by paragraph.</summary>
    public IReadOnlyList<string> Paragraphs { get; init => field = value ?? []; } = [];
}

[JsonConverter(typeof(JsonStringEnumConverter<ApartadoPart>))]
public enum ApartadoPart
{
    Other,
    LegalFramework,
    Objectives,
    ActionLines,
    Sessions,
}
