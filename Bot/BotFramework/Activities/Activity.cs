using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ProgramaBot.BotFramework.Activities;

/// <summary>
/// A Bot Framework activity (https://github.com/microsoft/botframework-sdk/blob/main/specs/botframework-activity).
/// Only the fields the bot reads are typed; everything else is kept in <see cref="Extra"/> so nothing is lost.
/// </summary>
public sealed partial class Activity
{
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? ServiceUrl { get; set; }
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? ChannelId { get; set; }
    [JsonConverter(typeof(ChannelAccountConverter))]
    public ChannelAccount? From { get; set; }
    [JsonConverter(typeof(ConversationAccountConverter))]
    public ConversationAccount? Conversation { get; set; }
    [JsonConverter(typeof(ChannelAccountConverter))]
    public ChannelAccount? Recipient { get; set; }
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? TextFormat { get; set; }
    public string? Text { get; set; }
    public string? Summary { get; set; }
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? Locale { get; set; }
    public string? ReplyToId { get; set; }
    public string? Name { get; set; }
    public string? Action { get; set; }
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? DeliveryMode { get; set; }
    public string? InputHint { get; set; }
    public JsonElement? Value { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    [JsonConverter(typeof(DeferredEntitiesConverter))]
    public List<JsonObject>? Entities
    {
        get => _entities ??= Parse<List<JsonObject>>(ref _entitiesJson);
        set => (_entities, _entitiesJson) = (value, null);
    }

    [JsonConverter(typeof(DeferredObjectConverter))]
    public JsonObject? ChannelData
    {
        get => _channelData ??= Parse<JsonObject>(ref _channelDataJson);
        set => (_channelData, _channelDataJson) = (value, null);
    }
    public List<Attachment>? Attachments { get; set; }

    /// <summary>
    /// Buttons under a reply (Teams shows them in personal chats), as <c>{"actions":[…]}</c>. Typed rather than left to
    /// <see cref="Extra"/>: an answer that offers next steps would otherwise cost a dictionary per reply. Declared last,
    /// so it is written where the extension data was (after every other field).
    /// </summary>
    public JsonElement? SuggestedActions { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    public static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" };

    public static Activity Card(JsonObject card, string fallbackText) => new()
    {
        Type = ActivityTypes.Message,
        Summary = fallbackText,
        Text = null,
        Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card }],
    };
}
