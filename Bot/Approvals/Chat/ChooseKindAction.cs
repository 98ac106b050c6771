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

    public async Task<InvokeResponse> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (!(await roster.CurrentAsync(cancellationToken)).IsSecretarioTecnico(turn.Activity.From))
        {
            return InvokeResponse.Message(NewRequestCommand.OnlySecretario);
        }

        var card = RequestKinds.Find(CardInputValues.String(action.Data, FormCards.KindInput)) is { } kind
            ? FormCards.Form(kind, RequestIds.NewToken())
            : FormCards.KindChooser("Elija un tipo de solicitud de la lista.");
        return InvokeResponse.Card(card);
    }
}
