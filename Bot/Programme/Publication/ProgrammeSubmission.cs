using ProgramaBot.Approvals.Creation;
using ProgramaBot.Approvals.Kinds;
using ProgramaBot.Time;

namespace ProgramaBot.Programme.Publication;

/// <summary>
/// Turns a reviewed draft into a «Programa Anual de Trabajo» approval request, posted to the commission like any other.
/// The draft id is the request's token, so submitting the same draft twice (a double click, a retried call) makes one
/// request under one folio.
/// </summary>
public sealed class ProgrammeSubmission(IProgrammeStore store, RequestCreator creator, CommissionClock clock)
{
    public async Task<CreationResult> SubmitAsync(
        ProgrammeDraft draft, string requestedBy, string? requestedById, string? fromConversationId, string source, CancellationToken cancellationToken)
    {
        var programme = ProgrammeLoader.Parse(draft.ProgrammeJson, draft.Report.SourceName);
        var validated = RequestValidator.Validate(ProgramaAnual.Kind, Fields(draft, programme, clock.Zone), rejectUnknown: true);
        if (!validated.IsValid)
        {
            // The fields are made here from a validated programme; failing means a bug, not bad input.
            throw new InvalidOperationException("Programme request fields are invalid: " + string.Join(" ", validated.Errors.Select(e => e.Message)));
        }

        var result = await creator.CreateAsync(new NewRequest(draft.Id, ProgramaAnual.Kind, validated.Values,
            requestedBy, requestedById, fromConversationId, source), cancellationToken);
        if (result.Request is { } request && draft.RequestId != request.Id)
        {
            await store.SaveDraftAsync(draft with { RequestId = request.Id }, cancellationToken);
        }

        return result;
    }

    /// <summary>What the commission's card shows: a summary of the draft, and the draft's id (hidden) to publish it by.</summary>
    public static IReadOnlyDictionary<string, string?> Fields(ProgrammeDraft draft, ProgrammeDocument programme, TimeZoneInfo zone)
    {
        var kind = ProgramaAnual.Kind;
        var warnings = draft.Report.Warnings.Count == 0 ? null
            : ProgrammeSummary.Lines(draft.Report.Warnings.Select(w => "- " + ProgrammeSummary.Clip(w, 300)), kind.Field("advertencias")!.MaxLength);
        var content = ProgrammeSummary.Parts(draft.Report).Select(p => "- " + p);
        if (draft.Report.NotPlaced.Count > 0)
        {
            content = content.Append($"- Párrafos del documento que no se ubicaron en el programa: {draft.Report.NotPlaced.Count}");
        }

        return new Dictionary<string, string?>
        {
            ["anio"] = programme.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["titulo"] = ProgrammeSummary.Clip(programme.Title, kind.Field("titulo")!.MaxLength),
            ["documento"] = ProgrammeSummary.Clip($"{draft.Report.SourceName} ({draft.Report.Format})", kind.Field("documento")!.MaxLength),
            ["contenido"] = ProgrammeSummary.Lines(content, kind.Field("contenido")!.MaxLength),
            ["sesiones"] = ProgrammeSummary.Lines(ProgrammeSummary.Sessions(programme, zone).Select(s => "- " + s), kind.Field("sesiones")!.MaxLength),
            ["advertencias"] = warnings,
            [ProgramaAnual.DraftField] = draft.Id,
        };
    }
}
