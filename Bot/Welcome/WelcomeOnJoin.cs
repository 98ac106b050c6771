using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Turns;

namespace ProgramaBot.Welcome;

internal sealed class WelcomeOnJoin : IConversationJoinedHandler
{
    public Task OnJoinedAsync(ITurnContext turn, CancellationToken cancellationToken)
        => turn.SendAsync(Activity.Message(WelcomeText.Welcome), cancellationToken);
}
