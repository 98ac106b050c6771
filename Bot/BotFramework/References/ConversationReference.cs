using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.BotFramework.References;

/// <summary>Everything needed to message a conversation later, proactively (docs/PROTOCOL.md).</summary>
public sealed record ConversationReference
{
    public required string ConversationId { get; init; }
    public required string ServiceUrl { get; init; }
    public string ChannelId { get; init; } = "msteams";
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public string? BotId { get; init; }
    public string? BotName { get; init; }
    public string? UserId { get; init; }
    public string? UserAadObjectId { get; init; }
    public string? UserName { get; init; }
    public string? Locale { get; init; }

    /// <summary>False once Teams said the bot can no longer write there (403 roster/blocked).</summary>
    public bool IsActive { get; init; } = true;

    public string? InactiveReason { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public static ConversationReference? From(Activity activity, DateTimeOffset now)
    {
        if (activity.Conversation?.Id is not { Length: > 0 } conversationId || activity.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            return null;
        }

        return new ConversationReference
        {
            ConversationId = conversationId,
            ServiceUrl = serviceUrl,
            ChannelId = activity.ChannelId ?? "msteams",
            ConversationType = activity.Conversation.ConversationType,
            TenantId = TenantOf(activity),
            BotId = activity.Recipient?.Id,
            BotName = activity.Recipient?.Name,
            UserId = activity.From?.Id,
            UserAadObjectId = activity.From?.AadObjectId,
            UserName = activity.From?.Name,
            Locale = activity.Locale,
            UpdatedAt = now,
        };
    }

    /// <summary>An outgoing message addressed to this conversation.</summary>
    public Activity Address(Activity activity)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.ServiceUrl = ServiceUrl;
        activity.ChannelId = ChannelId;
        activity.Conversation = new ConversationAccount { Id = ConversationId, ConversationType = ConversationType, TenantId = TenantId };
        activity.From = new ChannelAccount { Id = BotId, Name = BotName };
        activity.Locale ??= Locale;
        return activity;
    }

    /// <summary>Same conversation, same way to reach it: no need to write again.</summary>
    public bool IsSameRouteAs(ConversationReference other) => IsSameRouteAs(other.ServiceUrl, other.BotId, other.IsActive, other.TenantId);

    /// <inheritdoc cref="IsSameRouteAs(ConversationReference)"/>
    public bool IsSameRouteAs(string serviceUrl, string? botId, bool isActive, string? tenantId)
        => ServiceUrl == serviceUrl && BotId == botId && IsActive == isActive && TenantId == tenantId;

    /// <summary>The conversation's tenant: Teams puts it in conversation.tenantId, older clients only in channelData.</summary>
    public static string? TenantOf(Activity activity)
        => activity.Conversation?.TenantId ?? Mentions.StringOf((activity.ChannelData?["tenant"] as System.Text.Json.Nodes.JsonObject)?["id"]);
}
