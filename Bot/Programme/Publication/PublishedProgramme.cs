namespace ProgramaBot.Programme.Publication;

/// <summary>
/// One publication of a year's programme, kept for ever: the history of a year is every row with its
/// <see cref="Year"/>, and the one in force is the latest by <see cref="PublishedAt"/>.
/// </summary>
public sealed record PublishedProgramme
{
    public required int Year { get; init; }
    public required string Title { get; init; }

    /// <summary>The approval request whose approval published it; unique (one publication per request).</summary>
    public required string RequestId { get; init; }

    public required string DraftId { get; init; }
    public required string SubmittedBy { get; init; }
    public string? SubmittedById { get; init; }
    public required DateTimeOffset ImportedAt { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }

    /// <summary>The source file's name as it was sent.</summary>
    public required string SourceName { get; init; }

    /// <summary>The programme in the data-file format; validated again whenever it is loaded.</summary>
    public required string ProgrammeJson { get; init; }
}
