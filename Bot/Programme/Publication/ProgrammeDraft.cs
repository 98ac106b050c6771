using ProgramaBot.Programme.Import;

namespace ProgramaBot.Programme.Publication;

/// <summary>
/// An imported programme waiting for review or for the commission's vote. Kept server-side: cards and the approval
/// request carry only <see cref="Id"/>, never the programme itself (a card holds 28 KB; a programme is tens of KB).
/// </summary>
public sealed record ProgrammeDraft
{
    /// <summary>32 hexadecimal digits; the token of the approval request made from it, which names one folio.</summary>
    public required string Id { get; init; }

    public required int Year { get; init; }
    public required string Title { get; init; }

    /// <summary>The programme in the data-file format (<see cref="ProgrammeJson"/>).</summary>
    public required string ProgrammeJson { get; init; }

    public required ImportReport Report { get; init; }

    /// <summary>Who sent the file: the Secretario Técnico's name, or the API caller's declared name.</summary>
    public required string SubmittedBy { get; init; }

    public string? SubmittedById { get; init; }

    /// <summary>The chat the file came from (told the decision there); null for the API.</summary>
    public string? ConversationId { get; init; }

    /// <summary>"chat" or "api".</summary>
    public required string Source { get; init; }

    public required DateTimeOffset ImportedAt { get; init; }

    /// <summary>Set once submitted to the commission.</summary>
    public string? RequestId { get; init; }

    /// <summary>A new draft of what the importer understood, under a fresh id.</summary>
    public static ProgrammeDraft From(
        ImportResult imported, string source, string submittedBy, string? submittedById, string? conversationId, DateTimeOffset importedAt)
        => new()
        {
            Id = Approvals.Creation.RequestIds.NewToken(),
            Year = imported.Programme.Year,
            Title = imported.Programme.Title,
            ProgrammeJson = Import.ProgrammeJson.Write(imported.Programme),
            Report = imported.Report,
            SubmittedBy = submittedBy,
            SubmittedById = submittedById,
            ConversationId = conversationId,
            Source = source,
            ImportedAt = importedAt,
        };
}
