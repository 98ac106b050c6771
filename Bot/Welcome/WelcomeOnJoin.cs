using ProgramaBot.BotFramework.Turns;

namespace ProgramaBot.Welcome;

internal sealed class WelcomeOnJoin : IConversationJoinedHandler
{
    public Task OnJoinedAsync(ITurnContext turn, CancellationToken cancellationToken)
        => turn.SendAsync(HelpCard.Reply(turn.Activity, WelcomeText.Greeting + " " +
            (HelpCard.IsGroup(turn.Activity) ? WelcomeText.SubscribeInGroup : WelcomeText.SubscribeInPersonalChat)), cancellationToken);
}
