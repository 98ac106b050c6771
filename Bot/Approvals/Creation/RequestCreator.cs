using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Publishing;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.Commission;
using ProgramaBot.Time;

namespace ProgramaBot.Approvals.Creation;

/// <summary>
/// Creates a request: the card is posted to the commission first and the request stored with the card's id in one
/// write, so a failure at either step leaves nothing half-created that members could vote on. Its folio is taken only
/// after everything that can refuse the request has been checked, so a refused request costs no number.
/// </summary>
public sealed class RequestCreator(
    IApprovalStore store,
    IRequestFolios folios,
    CommissionChannel channel,
    RequestCardRenderer cards,
    CommissionClock clock,
    CommissionRoster roster,
    ILogger<RequestCreator> logger)
{
    public const string PostFailed =
        "No se pudo publicar la tarjeta en la conversación de la Comisión; la solicitud no se registró. Inténtelo de nuevo en unos minutos.";

    public const string NoRoster =
        "La Comisión aún no tiene integrantes registrados; la solicitud no se registró. La Secretaría Técnica puede " +
        "registrarlos escribiendo «@ProgramaBot configurar comisión» en la conversación de la Comisión.";

    public async Task<CreationResult> CreateAsync(NewRequest input, CancellationToken cancellationToken)
    {
        if (await SubmittedBeforeAsync(input.Token, cancellationToken) is { } existing)
        {
            return new CreationResult(CreationResultKind.AlreadyExists, existing);
        }

        var current = await roster.CurrentAsync(cancellationToken);
        if (current.Members.Count == 0)
        {
            // Nobody could vote, and a rule over zero members would decide on the first click.
            return new CreationResult(CreationResultKind.Failed, null, NoRoster);
        }

        if (await channel.FindAsync(cancellationToken) is not { } commission)
        {
            return new CreationResult(CreationResultKind.Failed, null, CommissionChannel.MissingConversation);
        }

        var now = clock.UtcNow;
        // Bound to the token in the same write: a second instance handling the same submission gets this folio too, and
        // whichever stores the request first wins below; a retry after a lost answer finds it stored, or reuses the folio.
        var folio = await folios.TakeAsync(clock.InZone(now).Year, input.Token, cancellationToken);
        if (input.Token is not null && await store.GetAsync(folio, cancellationToken) is { } stored)
        {
            return new CreationResult(CreationResultKind.AlreadyExists, stored.Request);
        }

        var request = new ApprovalRequest
        {
            Id = folio,
            KindId = input.Kind.Id,
            Title = input.Kind.TitleFor(input.Fields),
            ProgrammeItem = input.Kind.ProgrammeItem,
            Fields = input.Fields,
            RequestedBy = input.RequestedBy,
            RequestedById = input.RequestedById,
            RequestedFromConversationId = input.RequestedFromConversationId,
            Source = input.Source,
            ConversationId = commission.ConversationId,
            Rule = current.DecisionRule,
            CreatedAt = now,
        };

        var card = cards.Render(new ApprovalSnapshot(request, []), CardView.Base, current);
        if (await channel.PostCardAsync(commission, card, RequestCard.FallbackText(request), cancellationToken) is not { } activityId)
        {
            return new CreationResult(CreationResultKind.Failed, null, PostFailed);
        }

        request = request with { CardActivityId = activityId };
        AuditEntry[] audit =
        [
            new(now, input.RequestedBy, input.RequestedById, AuditEntry.Created, $"{input.Kind.Title} vía {input.Source}", input.RequestedFromConversationId),
            new(now, "ProgramaBot", null, AuditEntry.Posted, $"Tarjeta {activityId}", commission.ConversationId),
        ];
        bool created;
        try
        {
            created = await store.CreateAsync(request, audit, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Storage failed after the card went out: withdraw the card so nobody votes on a request that does not exist.
            logger.LogError(e, "Request {RequestId} could not be stored; withdrawing its card", request.Id);
            await channel.ReplaceCardAsync(commission.ConversationId, activityId,
                NoticeCards.Error("Solicitud no registrada", "Esta solicitud no pudo registrarse; la Secretaría Técnica la enviará de nuevo."),
                "Solicitud no registrada", CancellationToken.None);
            throw;
        }

        if (!created)
        {
            // A concurrent submission of the same form won; its card is the real one, so withdraw ours.
            logger.LogInformation("Request {RequestId} was created concurrently; withdrawing the duplicate card", request.Id);
            await channel.ReplaceCardAsync(commission.ConversationId, activityId,
                NoticeCards.Error("Solicitud duplicada", $"Esta tarjeta repetía la solicitud {request.Id}; vote en la tarjeta original."),
                "Solicitud duplicada", cancellationToken);
            var winner = await store.GetAsync(request.Id, cancellationToken);
            return new CreationResult(CreationResultKind.AlreadyExists, winner?.Request);
        }

        logger.LogInformation("Request {RequestId} ({Kind}) created and posted as {ActivityId}", request.Id, request.KindId, activityId);
        return new CreationResult(CreationResultKind.Created, request);
    }

    /// <summary>
    /// The request a token already made: under the folio it took, or under the id tokens named before folios (a form or
    /// draft submitted before the upgrade and submitted again after it must not make a second request).
    /// </summary>
    private async Task<ApprovalRequest?> SubmittedBeforeAsync(string? token, CancellationToken cancellationToken)
    {
        if (token is null)
        {
            return null;
        }

        if (await folios.FindAsync(token, cancellationToken) is { } folio)
        {
            return (await store.GetAsync(folio, cancellationToken))?.Request;
        }

        return RequestIds.IsToken(token) ? (await store.GetAsync(RequestIds.Legacy(token), cancellationToken))?.Request : null;
    }
}
