using ProgramaBot.BotFramework.Turns;

namespace ProgramaBot.Welcome;

/// <summary>Answers any message with the help card; the question answerer replaces it when registered.</summary>
internal sealed class HelpFallback : IFallbackMessageHandler
{
    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
        => turn.SendAsync(HelpCard.Reply(turn.Activity), cancellationToken);
}
