using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProgramaBot.BotFramework.Turns;

/// <summary>
/// An <c>Action.Execute</c> (or fallback <c>Action.Submit</c>) as the bot receives it: the verb, the
/// data with the card's inputs merged in, and whether the user clicked or the client refreshed.
/// </summary>
public sealed record CardAction(string Verb, JsonObject Data, bool IsAutomaticRefresh)
{
    /// <summary>The data key that carries the verb when the card falls back to <c>Action.Submit</c>.</summary>
    public const string SubmitVerbKey = "verb";

    /// <summary>Reads an <c>adaptiveCard/action</c> invoke value; null when it is malformed.</summary>
    public static CardAction? FromInvokeValue(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v
            || !v.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("verb", out var verb) || verb.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(verb.GetString()))
        {
            return null;
        }

        var data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object
            ? JsonNode.Parse(d.GetRawText())!.AsObject()
            : [];
        var automatic = v.TryGetProperty("trigger", out var trigger)
            && trigger.ValueKind == JsonValueKind.String
            && string.Equals(trigger.GetString(), "automatic", StringComparison.OrdinalIgnoreCase);
        return new CardAction(verb.GetString()!, data, automatic);
    }

    /// <summary>Reads the value of a message sent by an <c>Action.Submit</c> fallback; null when it carries no verb.</summary>
    public static CardAction? FromSubmitValue(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v
            || !v.TryGetProperty(SubmitVerbKey, out var verb) || verb.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(verb.GetString()))
        {
            return null;
        }

        return new CardAction(verb.GetString()!, JsonNode.Parse(v.GetRawText())!.AsObject(), IsAutomaticRefresh: false);
    }
}
