using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Commission;

namespace ProgramaBot.Approvals.Voting;

/// <summary>
/// Automatic refresh and "Votar o cambiar mi voto": a member gets the ballot with their own vote; anyone else, and
/// everyone once decided, gets the base card. Nothing is written.
/// </summary>
internal sealed class RefreshAction(IApprovalStore store, CommissionRoster roster, RequestCardRenderer cards) : ICardActionHandler
{
    public bool CanHandle(string verb) => verb is ApprovalVerbs.Refresh or ApprovalVerbs.Open;

    public async Task<InvokeResponse> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (CardState.From(action.Data) is not { } card)
        {
            return InvokeResponse.Error(400, "BadRequest", VoteMessages.MissingRequest);
        }

        if (await store.GetAsync(card.RequestId, cancellationToken) is not { } snapshot)
        {
            return InvokeResponse.Card(NoticeCards.Error("Solicitud no encontrada", VoteMessages.NotFound(card.RequestId)));
        }

        var current = await roster.CurrentAsync(cancellationToken);
        var member = current.FindMember(turn.Activity.From);
        if (!action.IsAutomaticRefresh && member is null && snapshot.Request.IsOpen)
        {
            return InvokeResponse.Message(VoteMessages.OnlyMembers);
        }

        // An old client's Action.Submit lands here as a message and its answer replaces the card for everyone,
        // so it gets the neutral ballot: votes are attributed to whoever clicks, never to the card.
        var view = !snapshot.Request.IsOpen || member is null ? CardView.Base
            : turn.Activity.IsType(ActivityTypes.Message) ? new CardView(Ballot: true)
            : CardView.For(member);
        return InvokeResponse.Card(cards.Render(snapshot, view, current));
    }
}
