using System.Text.Json.Nodes;
using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.BotFramework.Connector;

public sealed record ResourceResponse(string? Id);

public sealed record PagedMembers(List<ChannelAccount> Members, string? ContinuationToken);

public sealed record ConversationParameters(
    ChannelAccount Bot,
    IReadOnlyList<ChannelAccount> Members,
    string TenantId,
    bool IsGroup = false)
{
    public JsonObject ToJson() => new()
    {
        ["bot"] = new JsonObject { ["id"] = Bot.Id },
        ["members"] = new JsonArray([.. Members.Select(m => (JsonNode)new JsonObject { ["id"] = m.Id })]),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        ["tenantId"] = TenantId,
        ["isGroup"] = IsGroup,
    };
}
