using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Creation;
using ProgramaBot.Approvals.Kinds;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Commission;

namespace ProgramaBot.Approvals.Chat;

/// <summary>"nueva solicitud" (optionally followed by a kind id): the Secretario Técnico gets the form card.</summary>
internal sealed class NewRequestCommand(CommissionRoster roster) : IMessageHandler
{
    private const string Command = "nueva solicitud";
    public const string OnlySecretario = "Solo la Secretaría Técnica de la Comisión puede crear solicitudes de aprobación.";

    public async Task<bool> TryHandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var text = SpanishText.FoldPhrase(turn.Text);
        if (!text.StartsWith(Command, StringComparison.Ordinal) || (text.Length > Command.Length && text[Command.Length] != ' '))
        {
            return false;
        }

        if (!(await roster.CurrentAsync(cancellationToken)).IsSecretarioTecnico(turn.Activity.From))
        {
            await turn.SendAsync(Activity.Message(OnlySecretario), cancellationToken);
            return true;
        }

        var kindId = text[Command.Length..].Trim();
        var card = kindId.Length == 0 ? FormCards.KindChooser()
            : RequestKinds.Find(kindId) is { } kind ? FormCards.Form(kind, RequestIds.NewToken())
            : FormCards.KindChooser($"No conozco el tipo «{kindId}». Elija uno de la lista.");
        await turn.SendAsync(Activity.Card(card, "Nueva solicitud para la Comisión"), cancellationToken);
        return true;
    }
}
