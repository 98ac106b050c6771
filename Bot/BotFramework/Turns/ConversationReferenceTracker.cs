using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.References;

namespace ProgramaBot.BotFramework.Turns;

/// <summary>
/// Keeps references current: install/uninstall, bot added, team deleted/restored, any message. Only an activity whose
/// token vouched for its serviceUrl (a Bot Framework token's serviceurl claim) may create, move or delete a reference:
/// proactive messages, with the bot's token, go where the reference says.
/// </summary>
internal sealed class ConversationReferenceTracker(
    IConversationReferenceStore store,
    RecentReferences recent,
    TimeProvider time,
    ILogger<ConversationReferenceTracker> logger)
{
    /// <summary>
    /// Upserts only when the reference is new or its route changed (service URLs move). Best effort: with storage
    /// down the turn goes on (a question is answered from memory) and the next message captures it again.
    /// </summary>
    public Task CaptureAsync(TurnContext turn, CancellationToken cancellationToken)
        => CaptureAsync(turn, trustRecent: false, cancellationToken);

    /// <summary>
    /// For messages and invokes, every turn: a route this instance saw stored less than a minute ago is neither read
    /// nor written again (<see cref="RecentReferences"/> says why that stays correct across instances). Installs and
    /// restores use <see cref="CaptureAsync(TurnContext, CancellationToken)"/> and always read, so a reference deleted
    /// by another instance is written again.
    /// </summary>
    public Task CaptureOnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        => CaptureAsync(turn, trustRecent: true, cancellationToken);

    private async Task CaptureAsync(TurnContext turn, bool trustRecent, CancellationToken cancellationToken)
    {
        if (!IsVouched(turn))
        {
            return;
        }

        try
        {
            await CaptureOrThrowAsync(turn.Activity, trustRecent, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Conversation reference not captured (storage unavailable); the next activity tries again");
        }
    }

    private async Task CaptureOrThrowAsync(Activity activity, bool trustRecent, CancellationToken cancellationToken)
    {
        // Asked of the activity itself, so the common case (a route seen stored a moment ago) makes no reference.
        if ((trustRecent && recent.IsKnown(activity)) || ConversationReference.From(activity, time.GetUtcNow()) is not { } reference)
        {
            return;
        }

        var existing = await store.GetAsync(reference.ConversationId, cancellationToken);
        if (existing is not null && existing.IsSameRouteAs(reference))
        {
            recent.Remember(existing);
            return;
        }

        await store.UpsertAsync(reference, cancellationToken);
        recent.Remember(reference);
        logger.LogInformation("Conversation reference {Action}", existing is null ? "captured" : "refreshed");
    }

    public async Task ForgetAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (IsVouched(turn) && turn.Activity.Conversation?.Id is { Length: > 0 } conversationId)
        {
            recent.Forget(conversationId);
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
