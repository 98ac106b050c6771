using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Turns;

namespace ProgramaBot.Commission.Setup;

/// <summary>«@ProgramaBot configurar comisión» in the commission's chat or channel: the Secretario Técnico gets the set-up card.</summary>
internal sealed class ConfigureCommissionCommand(CommissionRoster roster, ConversationMembers members) : IMessageHandler
{
    public async Task<bool> TryHandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (SpanishText.Normalize(turn.Text) is not ("configurar comision" or "configurar la comision"))
        {
            return false;
        }

        var activity = turn.Activity;
        var current = await roster.CurrentAsync(cancellationToken);
        if (SetupConversation.Refusal(activity, current) is { } refusal)
        {
            await turn.SendAsync(Activity.Message(refusal), cancellationToken);
            return true;
        }

        var conversationId = SetupConversation.IdOf(activity)!;
        var listed = await members.ListAsync(activity.ServiceUrl, conversationId, cancellationToken);
        if (listed is null || listed.Count > ConversationMembers.MaxListed)
        {
            await turn.SendAsync(Activity.Message(listed is null ? SetupMessages.MembersUnavailable : SetupMessages.TooManyMembers), cancellationToken);
            return true;
        }

        var card = SetupCard.Render(listed, SetupConversation.Prefill(current, listed), conversationId, current.Version);
        await turn.SendAsync(Activity.Card(card, "Configurar la Comisión"), cancellationToken);
        return true;
    }
}
