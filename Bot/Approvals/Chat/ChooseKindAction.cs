using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Creation;
using ProgramaBot.Approvals.Kinds;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Commission;

namespace ProgramaBot.Approvals.Chat;

/// <summary>"Continuar" on the kind chooser: the chosen kind's form replaces the chooser.</summary>
internal sealed class ChooseKindAction(CommissionRoster roster) : ICardActionHandler
{
    public bool CanHandle(string verb) => verb == ApprovalVerbs.Form;

    public Task<InvokeResponse> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (!roster.IsSecretarioTecnico(turn.Activity.From))
        {
            return Task.FromResult(InvokeResponse.Message(NewRequestCommand.OnlySecretario));
        }

        var card = RequestKinds.Find(CardInputValues.String(action.Data, FormCards.KindInput)) is { } kind
            ? FormCards.Form(kind, RequestIds.NewToken())
            : FormCards.KindChooser("Elige un tipo de solicitud de la lista.");
        return Task.FromResult(InvokeResponse.Card(card));
    }
}
