using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProgramaBot.BotFramework.Activities;

public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }

    /// <summary>Teams: <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }
    public bool? IsGroup { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
