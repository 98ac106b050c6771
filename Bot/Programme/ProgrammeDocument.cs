namespace ProgramaBot.Programme;

/// <summary>
/// One year's Programa Anual de Trabajo of one commission, as transcribed in its data file.
/// Optional lists fall back to empty when absent: source-generated JSON assigns every init property.
/// </summary>
public sealed record ProgrammeDocument
{
    public required int Year { get; init; }
    public required string Title { get; init; }

    /// <summary>How answers cite it: "Programa Anual de Trabajo 2021".</summary>
    public required string ShortTitle { get; init; }

    public required Institution Institution { get; init; }
    public required Commission Commission { get; init; }
    public required IReadOnlyList<IntroductionParagraph> Introduction { get; init; }
    public required IReadOnlyList<Apartado> Sections { get; init; }
    public required IReadOnlyList<LegalBasis> LegalBases { get; init; }
    public string? LegalConclusion { get; init; }
    public string? ObjectivesIntroduction { get; init; }
    public required IReadOnlyList<Objective> Objectives { get; init; }
    public string? ActionLinesIntroduction { get; init; }
    public required IReadOnlyList<SpecificObjective> SpecificObjectives { get; init; }
    public required IReadOnlyList<ActionLine> ActionLines { get; init; }
    public required SessionPlan Sessions { get; init; }
    public IReadOnlyList<Period> Periods { get; init => field = value ?? []; } = [];
    public IReadOnlyList<Annex> Annexes { get; init => field = value ?? []; } = [];
    public IReadOnlyList<Acronym> Acronyms { get; init => field = value ?? []; } = [];
    public IReadOnlyList<ShortName> ShortNames { get; init => field = value ?? []; } = [];
    public IReadOnlyList<string> TranscriptionNotes { get; init => field = value ?? []; } = [];
}
