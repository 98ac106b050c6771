using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Voting;

namespace ProgramaBot.Approvals.Publishing;

/// <summary>Tells the commission, and the requester where they asked from, that a request was decided.</summary>
public sealed class DecisionAnnouncer(CommissionChannel channel)
{
    public async Task AnnounceAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        var text = $"La Comisión decidió la solicitud **{request.Id}** ({request.Title}, línea de acción {request.ProgrammeItem}): " +
                   $"**{VoteWords.Of(request.Status).ToUpperInvariant()}**. Solicitada por {request.RequestedBy}.";
        await channel.SayAsync(request.ConversationId, text, cancellationToken);
        if (request.RequestedFromConversationId is { Length: > 0 } origin && origin != request.ConversationId)
        {
            await channel.SayAsync(origin, text, cancellationToken);
        }
    }
}
