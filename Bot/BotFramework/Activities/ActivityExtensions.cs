namespace ProgramaBot.BotFramework.Activities;

public static class ActivityExtensions
{
    public static bool ExpectsReplies(this Activity activity)
        => string.Equals(activity.DeliveryMode, ActivityTypes.ExpectReplies, StringComparison.OrdinalIgnoreCase);

    public static bool IsType(this Activity activity, string type)
        => string.Equals(activity.Type, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>Addresses <paramref name="reply"/> as an answer to <paramref name="incoming"/>.</summary>
    public static Activity AddressAsReplyTo(this Activity reply, Activity incoming)
    {
        reply.Type ??= ActivityTypes.Message;
        reply.ChannelId = incoming.ChannelId;
        reply.ServiceUrl = incoming.ServiceUrl;
        reply.Conversation = incoming.Conversation;
        reply.From = incoming.Recipient;
        reply.Recipient = incoming.From;
        reply.ReplyToId = incoming.Id;
        reply.Locale ??= incoming.Locale;
        return reply;
    }
}
