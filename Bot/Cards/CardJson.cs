using System.Text.Json.Nodes;

namespace ProgramaBot.Cards;

/// <summary>
/// Small typed builders for Adaptive Card 1.5 JSON (the AdaptiveCards NuGet package is not available here).
/// Only what the bot's cards use; everything else stays plain JSON.
/// </summary>
public static class CardJson
{
    public const string Version = "1.5";
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>
    /// The card's language. Not «es-MX»: the schema defines <c>lang</c> as a 2-letter ISO-639-1 code and the official
    /// parser accepts only 2–3 letters (docs/TOOLS.md); the reply activity's locale carries the region.
    /// </summary>
    public const string Language = "es";

    /// <summary>
    /// The one place every card of the bot is made: type, schema, version and language stamped here, and what the card
    /// says (<paramref name="summary"/>) required, so no card goes out without <c>fallbackText</c> and <c>speak</c>.
    /// </summary>
    public static JsonObject Card(CardSummary summary, IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null, JsonObject? refresh = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(summary.FallbackText);
        ArgumentException.ThrowIfNullOrWhiteSpace(summary.Speak);
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = Schema,
            ["version"] = Version,
            ["lang"] = Language,
            ["fallbackText"] = summary.FallbackText,
            ["speak"] = CardSummary.Plain(summary.Speak),
            ["body"] = new JsonArray([.. body]),
        };
        if (actions?.ToArray() is { Length: > 0 } list)
        {
            card["actions"] = new JsonArray(list);
        }

        if (refresh is not null)
        {
            card["refresh"] = refresh;
        }

        // Teams draws cards narrow by default; full width keeps long justifications readable.
        card["msteams"] = new JsonObject { ["width"] = "Full" };
        return card;
    }

    public static JsonObject Text(string text, TextStyle style = TextStyle.Default)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        switch (style)
        {
            case TextStyle.Title:
                block["size"] = "Large";
                block["weight"] = "Bolder";
                break;
            case TextStyle.Heading:
                block["weight"] = "Bolder";
                break;
            case TextStyle.Subtle:
                block["isSubtle"] = true;
                block["size"] = "Small";
                break;
            case TextStyle.Good:
                block["color"] = "Good";
                block["weight"] = "Bolder";
                break;
            case TextStyle.Attention:
                block["color"] = "Attention";
                block["weight"] = "Bolder";
                break;
            case TextStyle.Warning:
                block["color"] = "Warning";
                block["weight"] = "Bolder";
                break;
        }

        return block;
    }

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };

    public static JsonObject Container(IEnumerable<JsonNode> items, string? style = null, bool separator = false)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray([.. items]) };
        if (style is not null)
        {
            container["style"] = style;
        }

        if (separator)
        {
            container["separator"] = true;
        }

        return container;
    }

    /// <summary>
    /// An <c>Action.Execute</c> with an <c>Action.Submit</c> fallback carrying the same data plus the verb,
    /// so clients without Universal Actions still reach the same handler (docs/PROTOCOL.md).
    /// </summary>
    public static JsonObject Execute(string title, string verb, JsonObject data, string? style = null)
    {
        var submitData = (JsonObject)data.DeepClone();
        submitData["verb"] = verb;
        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = data.DeepClone(),
            ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = submitData },
        };
        if (style is not null)
        {
            action["style"] = style;
        }

        return action;
    }

    /// <summary>Teams refreshes the card for these users (at most 60) by invoking <paramref name="verb"/> automatically.</summary>
    public static JsonObject Refresh(string verb, JsonObject data, IEnumerable<string> userIds) => new()
    {
        ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
        ["userIds"] = new JsonArray([.. userIds.Take(60).Select(id => (JsonNode)JsonValue.Create(id))]),
    };

    public static JsonObject ActionSet(IEnumerable<JsonNode> actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray([.. actions]),
    };
}

public enum TextStyle
{
    Default,
    Title,
    Heading,
    Subtle,
    Good,
    Attention,
    Warning,
}
