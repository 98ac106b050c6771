using ProgramaBot.Approvals.Kinds;
using ProgramaBot.Approvals.Publishing;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Telemetry;

namespace ProgramaBot.Programme.Publication;

/// <summary>
/// An approved «Programa Anual de Trabajo» request publishes its draft: the programme is added to the published
/// history (keyed by the request, so a repeat stores nothing twice), the draft is removed, and this instance serves it
/// at once; the others notice within their refresh interval. A rejection changes nothing.
/// </summary>
internal sealed class ProgrammePublicationEffect(
    IProgrammeStore store, IProgrammeSource source, BotMetrics metrics, ILogger<ProgrammePublicationEffect> logger)
    : IDecisionEffect
{
    public async Task<bool> ApplyAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        if (request.KindId != ProgramaAnual.Kind.Id || request.Status != RequestStatus.Approved)
        {
            return true;
        }

        try
        {
            await PublishAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "The programme approved by {RequestId} could not be published yet; it will be tried again", request.Id);
            return false;
        }

        if (source is StoredProgrammeSource stored)
        {
            await stored.RefreshAsync(cancellationToken);
        }

        return true;
    }

    private async Task PublishAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        var draftId = request.Fields.GetValueOrDefault(ProgramaAnual.DraftField);
        if (draftId is null || await store.GetDraftAsync(draftId, cancellationToken) is not { } draft)
        {
            // Published by an earlier attempt (which removed the draft), or lost: only the second is worth an error.
            if (!(await store.ListPublishedAsync(cancellationToken)).Any(p => p.RequestId == request.Id))
            {
                logger.LogError("Request {RequestId} was approved but its programme draft {DraftId} no longer exists; nothing was published",
                    request.Id, draftId);
            }

            return;
        }

        var published = await store.PublishAsync(new PublishedProgramme
        {
            Year = draft.Year,
            Title = draft.Title,
            RequestId = request.Id,
            DraftId = draft.Id,
            SubmittedBy = draft.SubmittedBy,
            SubmittedById = draft.SubmittedById,
            ImportedAt = draft.ImportedAt,
            PublishedAt = request.DecidedAt ?? request.CreatedAt,
            SourceName = draft.Report.SourceName,
            ProgrammeJson = draft.ProgrammeJson,
        }, cancellationToken);
        await store.DeleteDraftAsync(draft.Id, cancellationToken);
        if (published)
        {
            metrics.ProgrammePublished(draft.Year);
            logger.LogInformation("Programme {Year} published by request {RequestId}", draft.Year, request.Id);
        }
    }
}
