using ProgramaBot.Approvals.Creation;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Commission;
using ProgramaBot.Time;

namespace ProgramaBot.Programme.Publication.Chat;

/// <summary>«Someter a la Comisión» and «Descartar» on the review card; only the Secretario Técnico may use them.</summary>
internal sealed class ProgrammeReviewActions(
    CommissionRoster roster,
    IProgrammeStore store,
    IApprovalStore approvals,
    ProgrammeSubmission submission,
    CommissionClock clock) : ICardActionHandler
{
    public bool CanHandle(string verb) => verb is ProgrammeReviewCard.SubmitVerb or ProgrammeReviewCard.DiscardVerb;

    public async Task<InvokeResponse> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var from = turn.Activity.From;
        var commission = await roster.CurrentAsync(cancellationToken);
        if (!commission.IsSecretarioTecnico(from))
        {
            return InvokeResponse.Message(ProgrammeUploadHandler.OnlySecretario);
        }

        var draftId = action.Data[ProgrammeReviewCard.DraftIdKey] is System.Text.Json.Nodes.JsonValue v
                      && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : null;
        if (!RequestIds.IsToken(draftId) || await store.GetDraftAsync(draftId!, cancellationToken) is not { } draft)
        {
            return InvokeResponse.Card(ProgrammeReviewCard.Gone());
        }

        return action.Verb == ProgrammeReviewCard.SubmitVerb
            ? await SubmitAsync(turn, draft, commission.SecretarioTecnico!.Name, cancellationToken)
            : await DiscardAsync(draft, cancellationToken);
    }

    private async Task<InvokeResponse> SubmitAsync(ITurnContext turn, ProgrammeDraft draft, string submitter, CancellationToken cancellationToken)
    {
        var from = turn.Activity.From;
        var result = await submission.SubmitAsync(draft, submitter, from?.AadObjectId ?? from?.Id,
            turn.Activity.Conversation?.Id, "chat", cancellationToken);
        if (result.Kind == CreationResultKind.Failed)
        {
            var programme = ProgrammeLoader.Parse(draft.ProgrammeJson, draft.Report.SourceName);
            return InvokeResponse.Card(ProgrammeReviewCard.Render(draft, programme, clock.Zone, result.Error));
        }

        return InvokeResponse.Card(ProgrammeReviewCard.Submitted(result.Request!));
    }

    private async Task<InvokeResponse> DiscardAsync(ProgrammeDraft draft, CancellationToken cancellationToken)
    {
        // Once the commission is voting on it, the draft is what an approval would publish: it stays.
        if (draft.RequestId is { } requestId && await approvals.GetAsync(requestId, cancellationToken) is { Request.Status: RequestStatus.Open } open)
        {
            return InvokeResponse.Card(ProgrammeReviewCard.Submitted(open.Request));
        }

        await store.DeleteDraftAsync(draft.Id, cancellationToken);
        return InvokeResponse.Card(ProgrammeReviewCard.Discarded());
    }
}
