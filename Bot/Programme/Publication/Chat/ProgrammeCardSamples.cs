using System.Text.Json.Nodes;
using ProgramaBot.Approvals.Kinds;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Programme.Import;

namespace ProgramaBot.Programme.Publication.Chat;

/// <summary>
/// The programme publication cards with fixed sample data (for <c>cards --out</c> and the official card validation):
/// the review of the built-in programme as if imported with many warnings and unplaced paragraphs, so the bounds show.
/// </summary>
public static class ProgrammeCardSamples
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City");

    public static IEnumerable<(string Name, JsonObject Card)> All()
    {
        var programme = ProgrammeLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, ProgrammeOptions.BuiltInFile));
        var draft = Draft(programme);
        var request = Request(draft, programme);
        yield return ("programme-review", ProgrammeReviewCard.Render(draft, programme, Zone));
        yield return ("programme-review-not-submitted", ProgrammeReviewCard.Render(draft, programme, Zone,
            "No se pudo publicar la tarjeta en la conversación de la Comisión; la solicitud no se registró. Intente de nuevo en unos minutos."));
        yield return ("programme-submitted", ProgrammeReviewCard.Submitted(request));
        yield return ("programme-discarded", ProgrammeReviewCard.Discarded());
        yield return ("programme-draft-gone", ProgrammeReviewCard.Gone());
    }

    /// <summary>The «Programa Anual de Trabajo» request made from the sample draft, for the request card samples.</summary>
    public static ApprovalRequest Request(ProgrammeDraft draft, ProgrammeDocument programme)
    {
        var fields = ProgrammeSubmission.Fields(draft, programme, Zone);
        var validated = RequestValidator.Validate(ProgramaAnual.Kind, fields, rejectUnknown: true);
        return new ApprovalRequest
        {
            Id = "SOL-2021-003",
            KindId = ProgramaAnual.Kind.Id,
            Title = ProgramaAnual.Kind.TitleFor(validated.Values),
            ProgrammeItem = ProgramaAnual.Kind.ProgrammeItem,
            Fields = validated.Values,
            RequestedBy = "Lic. Ricardo Salazar Núñez (Secretario Técnico)",
            Source = "chat",
            ConversationId = "19:comision-seguimiento-spen@thread.tacv2",
            CardActivityId = "1631719800001",
            CreatedAt = new DateTimeOffset(2021, 2, 12, 10, 30, 0, TimeSpan.FromHours(-6)),
        };
    }

    public static ProgrammeDraft Draft(ProgrammeDocument programme) => new()
    {
        Id = "5c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f",
        Year = programme.Year,
        Title = programme.Title,
        ProgrammeJson = ProgrammeJson.Write(programme),
        Report = new ImportReport
        {
            SourceName = "Programa Anual de Trabajo 2021 CSSPEN.docx",
            Format = "DOCX",
            Parts =
            [
                new("Apartados", programme.Sections.Count, string.Join(", ", programme.Sections.Select(s => $"{s.Number}. {s.Title}"))),
                new("Fundamentos legales", programme.LegalBases.Count, ""),
                new("Objetivos generales", programme.Objectives.Count, "2.1–2.9"),
                new("Objetivos específicos", programme.SpecificObjectives.Count, "3.1–3.9"),
                new("Líneas de acción", programme.ActionLines.Count, string.Join(", ", programme.ActionLines.Select(a => a.Number))),
                new("Sesiones ordinarias", programme.Sessions.Ordinary.Count, "Ordinaria I: marzo; Ordinaria II: junio; Ordinaria III: septiembre; Ordinaria IV: diciembre"),
            ],
            Warnings =
            [
                .. Enumerable.Range(1, 12).Select(i => $"Advertencia de ejemplo {i}: el encabezado del apartado 4 dice 2020 y el título del programa dice 2021."),
            ],
            NotPlaced =
            [
                .. Enumerable.Range(1, 30).Select(i => $"Párrafo de ejemplo {i} que no corresponde a ninguna parte del programa y que el importador " +
                                                       "no pudo ubicar; se muestra recortado para que la tarjeta no exceda su tamaño máximo en Teams."),
            ],
            Noise = ["2", "3", "MAGS", "[Handwritten signature]"],
        },
        SubmittedBy = "Lic. Ricardo Salazar Núñez (Secretario Técnico)",
        Source = "chat",
        ImportedAt = new DateTimeOffset(2021, 2, 12, 10, 0, 0, TimeSpan.FromHours(-6)),
    };
}
