using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Telemetry;

namespace ProgramaBot.Answers;

/// <summary>
/// Answers any chat message no command took: the answer as text, or — for lists such as sessions
/// and objectives — an Adaptive Card whose summary carries the same text for clients without cards.
/// </summary>
internal sealed class AnswerChatHandler(AnswerEngine engine, BotMetrics metrics) : IFallbackMessageHandler
{
    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var answer = engine.Ask(turn.Text);
        if (answer.Answered)
        {
            metrics.AnswerGiven();
        }
        else
        {
            metrics.AnswerDeclined();
        }

        var reply = AnswerCardBuilder.Build(answer) is { } card ? Activity.Card(card, answer.Text) : Activity.Message(answer.Text);
        return turn.SendAsync(reply, cancellationToken);
    }
}
