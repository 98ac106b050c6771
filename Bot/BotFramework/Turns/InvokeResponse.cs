using System.Text.Json.Nodes;

namespace ProgramaBot.BotFramework.Turns;

/// <summary>The body of the HTTP response to an <c>adaptiveCard/action</c> invoke (Universal Actions).</summary>
public sealed record InvokeResponse(int StatusCode, string Type, JsonNode? Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static InvokeResponse Card(JsonObject card) => new(200, CardType, card);

    public static InvokeResponse Message(string text) => new(200, MessageType, JsonValue.Create(text));

    public static InvokeResponse Error(int statusCode, string code, string message)
        => new(statusCode, ErrorType, new JsonObject { ["code"] = code, ["message"] = message });

    public JsonObject ToJson() => new()
    {
        ["statusCode"] = StatusCode,
        ["type"] = Type,
        ["value"] = Value?.DeepClone(),
    };
}
