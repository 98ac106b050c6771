using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Turns;

namespace ProgramaBot.Answers;

/// <summary>
/// Answers any chat message no command took: the answer as text, or — for lists such as sessions
/// and objectives — an Adaptive Card whose summary carries the same text for clients without cards.
/// </summary>
internal sealed class AnswerChatHandler(AnswerEngine engine) : IFallbackMessageHandler
{
    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var answer = engine.Ask(turn.Text);
        // «No lo sé» is followed by the help card, so a member who lost the thread sees what can be asked.
        var reply = AnswerCardBuilder.Build(answer) is { } card ? Activity.Card(card, answer.Text)
            : answer.Answered ? Activity.Message(answer.Text)
            : Welcome.HelpCard.Reply(turn.Activity, answer.Text);
        return turn.SendAsync(reply, cancellationToken);
    }
}
