using ProgramaBot.Approvals.Requests;

namespace ProgramaBot.Approvals.Publishing;

/// <summary>
/// Carries out what a decision sets in motion (<see cref="IDecisionEffect"/>), then tells the commission, and the
/// requester where they asked from, that the request was decided.
/// </summary>
public sealed class DecisionAnnouncer(CommissionChannel channel, IEnumerable<IDecisionEffect> effects, ILogger<DecisionAnnouncer> logger)
{
    /// <returns>
    /// Whether the commission's conversation took it. When it did not, nothing was sent anywhere, so it can be tried
    /// again whole; the requester's own chat is best effort (a failure there is logged, not retried).
    /// </returns>
    public async Task<bool> AnnounceAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        // Effects first: a decision is announced only once what it decided has happened. One that fails leaves the
        // announcement due, so the publication sweep runs the effects again (they are idempotent) and then announces.
        foreach (var effect in effects)
        {
            if (!await effect.ApplyAsync(request, cancellationToken))
            {
                logger.LogWarning("The decision on {RequestId} is not announced yet: {Effect} did not complete", request.Id, effect.GetType().Name);
                return false;
            }
        }

        var item = request.ProgrammeItem.Length > 0 ? $", línea de acción {request.ProgrammeItem}" : "";
        var text = $"La Comisión decidió la solicitud **{request.Id}** ({request.Title}{item}): " +
                   $"**{VoteWords.Of(request.Status).ToUpperInvariant()}**. Solicitada por {request.RequestedBy}.";
        if (!await channel.SayAsync(request.ConversationId, text, cancellationToken))
        {
            return false;
        }

        if (request.RequestedFromConversationId is { Length: > 0 } origin && origin != request.ConversationId
            && !await channel.SayAsync(origin, text, cancellationToken))
        {
            logger.LogWarning("The decision on {RequestId} was announced to the commission but not in the chat it was requested from", request.Id);
        }

        return true;
    }
}
