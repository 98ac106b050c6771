using System.Text.Json.Nodes;

namespace ProgramaBot.Tests.Fakes;

/// <summary>Builders for inbound activities as Teams sends them.</summary>
public static class Activities
{
    public const string BotId = "28:bot-id";
    public const string TenantId = "tenant-1";

    public static JsonObject Message(string text, string serviceUrl, string conversationId = "a:personal-1",
        string fromId = "29:user-1", string? fromAad = "aad-user-1", bool expectReplies = false, string conversationType = "personal")
    {
        var activity = Base("message", serviceUrl, conversationId, fromId, fromAad, conversationType);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }

    public static JsonObject InstallationUpdate(string action, string serviceUrl, string conversationId = "a:personal-1")
    {
        var activity = Base("installationUpdate", serviceUrl, conversationId, "29:user-1", "aad-user-1", "personal");
        activity["action"] = action;
        return activity;
    }

    public static JsonObject ConversationUpdate(string serviceUrl, string conversationId, JsonArray? membersAdded = null, string? eventType = null)
    {
        var activity = Base("conversationUpdate", serviceUrl, conversationId, "29:user-1", "aad-user-1", "channel");
        if (membersAdded is not null)
        {
            activity["membersAdded"] = membersAdded;
        }

        if (eventType is not null)
        {
            activity["channelData"] = new JsonObject { ["eventType"] = eventType, ["tenant"] = new JsonObject { ["id"] = TenantId } };
        }

        return activity;
    }

    public static JsonObject Invoke(string name, JsonNode? value, string serviceUrl, string conversationId = "a:personal-1",
        string fromId = "29:user-1", string? fromAad = "aad-user-1", string? replyToId = null)
    {
        var activity = Base("invoke", serviceUrl, conversationId, fromId, fromAad, "personal");
        activity["name"] = name;
        activity["value"] = value;
        if (replyToId is not null)
        {
            activity["replyToId"] = replyToId;
        }

        return activity;
    }

    public static JsonObject CardAction(string verb, JsonObject? data = null, string trigger = "manual") => new()
    {
        ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? [] },
        ["trigger"] = trigger,
    };

    private static JsonObject Base(string type, string serviceUrl, string conversationId, string fromId, string? fromAad, string conversationType) => new()
    {
        ["type"] = type,
        ["id"] = "activity-" + Guid.NewGuid().ToString("N")[..8],
        ["timestamp"] = "2021-09-01T15:00:00Z",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = fromId, ["name"] = "Usuario de prueba", ["aadObjectId"] = fromAad },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = TenantId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "ProgramaBot" },
        ["locale"] = "es-MX",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };
}
