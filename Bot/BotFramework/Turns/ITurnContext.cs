using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.BotFramework.Turns;

/// <summary>One incoming activity and the ways to answer it (the SDK's ITurnContext, reduced).</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>The message text with the bot's @mention removed and whitespace trimmed ("" when none).</summary>
    string Text { get; }

    /// <summary>Sends a reply into the conversation (or buffers it when the caller expects replies).</summary>
    Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces an existing message for everyone (PUT …/activities/{id}).</summary>
    Task UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken);
}
