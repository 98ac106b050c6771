using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Turns;

namespace ProgramaBot.BotFramework.References;

/// <summary>
/// Keeps references current: install/uninstall, bot added, team deleted/restored, any message. Only an activity whose
/// token vouched for its serviceUrl (a Bot Framework token's serviceurl claim) may create, move or delete a reference:
/// proactive messages, with the bot's token, go where the reference says.
/// </summary>
internal sealed class ConversationReferenceTracker(
    IConversationReferenceStore store,
    TimeProvider time,
    ILogger<ConversationReferenceTracker> logger)
{
    /// <summary>
    /// Upserts only when the reference is new or its route changed (service URLs move). Best effort: with storage
    /// down the turn goes on (a question is answered from memory) and the next message captures it again.
    /// </summary>
    public async Task CaptureAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!IsVouched(turn))
        {
            return;
        }

        try
        {
            await CaptureOrThrowAsync(turn.Activity, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Conversation reference not captured (storage unavailable); the next activity tries again");
        }
    }

    private async Task CaptureOrThrowAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (ConversationReference.From(activity, time.GetUtcNow()) is not { } reference)
        {
            return;
        }

        var existing = await store.GetAsync(reference.ConversationId, cancellationToken);
        if (existing is not null && existing.IsSameRouteAs(reference))
        {
            return;
        }

        await store.UpsertAsync(reference, cancellationToken);
        logger.LogInformation("Conversation reference {Action}", existing is null ? "captured" : "refreshed");
    }

    public async Task ForgetAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (IsVouched(turn) && turn.Activity.Conversation?.Id is { Length: > 0 } conversationId)
        {
            await store.DeleteAsync(conversationId, cancellationToken);
            logger.LogInformation("Conversation reference removed");
        }
    }

    private bool IsVouched(TurnContext turn)
    {
        if (turn.Caller.VouchesForServiceUrl)
        {
            return true;
        }

        logger.LogWarning("Conversation reference left as it is: the activity's token ({Caller}) does not vouch for its serviceUrl",
            turn.Caller.Kind);
        return false;
    }
}
