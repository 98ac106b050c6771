using System.Text.Json.Nodes;

namespace ProgramaBot.Answers.Replies;

/// <summary>
/// A compact Adaptive Card 1.5 for list answers (sessions, objectives, action lines, acronyms):
/// a title, one FactSet row per item, the note and the source. Chat sends <see cref="Answer.Text"/> as the fallback.
/// </summary>
public static class AnswerCardBuilder
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <returns>The card, or null when the answer is not a list.</returns>
    public static JsonObject? Build(Answer answer)
    {
        if (answer.List is not { } list)
        {
            return null;
        }

        var body = new JsonArray
        {
            TextBlock(list.Title, ("weight", "Bolder"), ("size", "Medium")),
            new JsonObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JsonArray([.. list.Items.Select(i => (JsonNode)new JsonObject { ["title"] = i.Label, ["value"] = i.Text })]),
            },
        };
        if (list.Note is not null)
        {
            body.Add(TextBlock(list.Note, ("isSubtle", true), ("size", "Small")));
        }

        body.Add(TextBlock(list.Source, ("isSubtle", true), ("size", "Small")));
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = answer.Text,
            ["body"] = body,
        };
    }

    private static JsonObject TextBlock(string text, params (string Name, JsonNode Value)[] properties)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        foreach (var (name, value) in properties)
        {
            block[name] = value;
        }

        return block;
    }
}
