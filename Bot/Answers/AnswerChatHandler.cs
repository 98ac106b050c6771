using System.Text.Json;
using System.Text.Json.Nodes;
using ProgramaBot.Answers.Replies;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Telemetry;
using ProgramaBot.Conversation;

namespace ProgramaBot.Answers;

/// <summary>
/// Answers any chat message no command took: the answer as text, or — for lists such as sessions
/// and objectives — an Adaptive Card whose summary carries the same text for clients without cards.
/// </summary>
internal sealed class AnswerChatHandler(LiveAnswerEngine engines, ConversationMemory memory, BotMetrics metrics, TimeProvider time) : IFallbackMessageHandler
{
    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        // A follow-up («¿y la cuarta?») is asked as the whole question it stands for; the answered subject is remembered.
        var conversationId = turn.Activity.Conversation?.Id;
        var recalled = await memory.ReadAsync(conversationId, cancellationToken);
        var now = time.GetUtcNow();

        // A question that names its own subject is no follow-up (FollowUps.Resolve says the same): read its subject once.
        var named = Subjects.Of(turn.Text, now);
        var question = named is null && recalled.Subject is { } last && FollowUps.Resolve(turn.Text, last) is { } whole
            ? whole
            : turn.Text;
        var answer = engines.Current.Ask(question);
        if (answer.Answered)
        {
            metrics.AnswerGiven();
        }
        else
        {
            metrics.AnswerDeclined();
        }

        if (answer.Answered && (ReferenceEquals(question, turn.Text) ? named : Subjects.Of(question, now)) is { } subject)
        {
            await memory.RememberAsync(conversationId, subject, recalled, cancellationToken);
        }

        // «No lo sé» is followed by the help card, so a member who lost the thread sees what can be asked.
        var reply = AnswerCardBuilder.Build(answer) is { } card ? Activity.Card(card, answer.Text)
            : answer.Answered ? Activity.Message(answer.Text)
            : Welcome.HelpCard.Reply(turn.Activity, answer.Text);
        if (NextSteps.For(answer) is { Count: > 0 } steps && !Welcome.HelpCard.IsGroup(turn.Activity))
        {
            // Suggested actions post as the member (imBack); Teams shows them in personal chats only.
            reply.SuggestedActions = SuggestedActions(steps);
        }

        await turn.SendAsync(reply, cancellationToken);
    }

    /// <summary>
    /// The lists <see cref="NextSteps"/> offers are a few fixed ones: each one's JSON is made once (a JsonElement is
    /// immutable and read safely by concurrent turns) rather than a DOM and its serialised copy per answer.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<IReadOnlyList<string>, JsonElement> SuggestedActionsOf =
        new(ReferenceEqualityComparer.Instance);

    private static JsonElement SuggestedActions(IReadOnlyList<string> steps)
    {
        if (SuggestedActionsOf.TryGetValue(steps, out var made))
        {
            return made;
        }

        made = JsonSerializer.SerializeToElement(new JsonObject
        {
            ["actions"] = new JsonArray([.. steps.Select(s => (JsonNode)new JsonObject { ["type"] = "imBack", ["title"] = s, ["value"] = s })]),
        });

        // Bounded: a list made per answer (none today) would be built each time rather than kept.
        return SuggestedActionsOf.Count < 16 ? SuggestedActionsOf.GetOrAdd(steps, made) : made;
    }
}
