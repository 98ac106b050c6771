using ProgramaBot.Programme;
using ProgramaBot.Programme.Import;
using ProgramaBot.Programme.Publication;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Programme.Publication;

/// <summary>Programmes, drafts and publications for the publication tests: a small 2026 programme written here.</summary>
public static class PublicationTestData
{
    public static readonly DateTimeOffset ImportedAt = new(2026, 1, 5, 16, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A 2026 programme in the data-file format: the synthetic test programme moved to 2026, its first session on a day
    /// without an hour (as the importer leaves a date the document gives without one), its second by month only.
    /// </summary>
    public static string Programme2026Json(string title = "Programa Anual de Trabajo 2026")
        => File.ReadAllText(Repo.PathOf("Bot.Tests", "Programme", "Data", "programa-sintetico-2022.json"))
            .Replace("Programa Anual de Trabajo 2022 (sintético, solo para pruebas)", title, StringComparison.Ordinal)
            .Replace("2022", "2026", StringComparison.Ordinal)
            .Replace("\"month\": 2, \"startsAt\": \"2026-02-17T11:00:00-06:00\"", "\"month\": 2, \"date\": \"2026-02-17\"", StringComparison.Ordinal);

    public static ProgrammeDocument Programme2026() => ProgrammeLoader.Parse(Programme2026Json(), "prueba-2026");

    public static ImportReport Report(params string[] notPlaced) => new()
    {
        SourceName = "programa-2026.docx",
        Format = "DOCX",
        Parts = [new("Objetivos generales", 1, "2.1"), new("Sesiones", 2, "Sesión Ordinaria I (17 de febrero de 2026), Sesión Ordinaria II (octubre)")],
        Warnings = ["La sesión «Sesión Ordinaria II» no tiene fecha exacta, solo mes."],
        NotPlaced = notPlaced,
        Noise = ["Página 1 de 3"],
    };

    public static ProgrammeDraft Draft(string? id = null, string? json = null, params string[] notPlaced) => new()
    {
        Id = id ?? Guid.NewGuid().ToString("N"),
        Year = 2026,
        Title = "Programa Anual de Trabajo 2026",
        ProgrammeJson = json ?? Programme2026Json(),
        Report = Report(notPlaced),
        SubmittedBy = "Secretario Técnico",
        SubmittedById = "st",
        ConversationId = "a:st-personal-chat",
        Source = "chat",
        ImportedAt = ImportedAt,
    };

    public static PublishedProgramme Published(string requestId, DateTimeOffset at, string? json = null, int year = 2026) => new()
    {
        Year = year,
        Title = $"Programa Anual de Trabajo {year}",
        RequestId = requestId,
        DraftId = Guid.NewGuid().ToString("N"),
        SubmittedBy = "Secretario Técnico",
        ImportedAt = ImportedAt,
        PublishedAt = at,
        SourceName = "programa-2026.docx",
        ProgrammeJson = json ?? Programme2026Json(),
    };
}
