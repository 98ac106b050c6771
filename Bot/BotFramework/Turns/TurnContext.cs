using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Auth;
using ProgramaBot.BotFramework.Connector;

namespace ProgramaBot.BotFramework.Turns;

/// <param name="services">Where the Connector client comes from, only when a reply goes to the Connector: it is a typed
/// HttpClient (a new HttpClient per resolution), and a question with <c>expectReplies</c> never needs it.</param>
internal sealed class TurnContext(Activity activity, InboundCaller caller, IServiceProvider services) : ITurnContext
{
    // Room for the one reply a question gets (a list grows to four on its first add).
    private readonly List<Activity> _bufferedReplies = new(1);
    private IConnectorClient? _connector;

    private IConnectorClient Connector => _connector ??= services.GetRequiredService<IConnectorClient>();

    public Activity Activity { get; } = activity;

    /// <summary>What the activity's token proved; decides whether it may create or move a conversation reference.</summary>
    public InboundCaller Caller { get; } = caller;

    public string Text { get; } = Mentions.StripBotMention(activity);

    /// <summary>Replies held back for the HTTP response when the activity asked for <c>expectReplies</c>.</summary>
    public IReadOnlyList<Activity> BufferedReplies => _bufferedReplies;

    public async Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.AddressAsReplyTo(Activity);
        if (Activity.ExpectsReplies())
        {
            activity.Id ??= Guid.NewGuid().ToString("N");
            _bufferedReplies.Add(activity);
            return activity.Id;
        }

        var result = await Connector.ReplyToActivityAsync(activity, cancellationToken);
        return result.ValueOrThrow().Id;
    }

    public async Task UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken)
    {
        activity.AddressAsReplyTo(Activity);
        activity.Id = activityId;
        activity.ReplyToId = null;
        var result = await Connector.UpdateActivityAsync(activity, cancellationToken);
        result.ValueOrThrow();
    }
}
