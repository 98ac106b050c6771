using System.Text.Json.Nodes;

namespace ProgramaBot.Answers.Replies;

/// <summary>
/// A compact Adaptive Card 1.5 for list answers (sessions, objectives, action lines, acronyms):
/// a title, one FactSet row per item, the note and the source. <see cref="Answer.Text"/> is its fallback; it speaks the first items.
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

        var body = new List<JsonNode>
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
        return Cards.CardJson.Card(new Cards.CardSummary(answer.Text, Speak(list)), body);
    }

    /// <summary>
    /// Spoken, a list of short items is its first items and how many more; a list of long ones (objectives, action lines)
    /// how many there are, first to last. The card shows them all.
    /// </summary>
    private const int SpokenItems = 8;

    private const int SpokenItemLength = 60;

    private static string Speak(AnswerList list)
    {
        var title = list.Title.TrimEnd('.');
        if (list.Items.Count == 0)
        {
            return $"{title}. {list.Source}";
        }

        if (list.Items.Any(i => i.Text.Length > SpokenItemLength))
        {
            return $"{title}: {list.Items.Count} en total, de {list.Items[0].Label} a {list.Items[^1].Label}. {list.Source}";
        }

        var items = list.Items.Take(SpokenItems).Select(i => $"{i.Label}: {i.Text.TrimEnd('.')}");
        var more = list.Items.Count > SpokenItems ? $" y {list.Items.Count - SpokenItems} más" : "";
        return $"{title}: {string.Join("; ", items)}{more}. {list.Source}";
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
