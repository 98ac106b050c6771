using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.BotFramework.References;

/// <summary>Keeps references current per PROTOCOL.md: install/uninstall, bot added, team deleted/restored, any message.</summary>
internal sealed class ConversationReferenceTracker(
    IConversationReferenceStore store,
    TimeProvider time,
    ILogger<ConversationReferenceTracker> logger)
{
    /// <summary>
    /// Upserts only when the reference is new or its route changed (service URLs move). Best effort: with storage
    /// down the turn goes on (a question is answered from memory) and the next message captures it again.
    /// </summary>
    public async Task CaptureAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await CaptureOrThrowAsync(activity, cancellationToken);
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

    public async Task ForgetAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Conversation?.Id is { Length: > 0 } conversationId)
        {
            await store.DeleteAsync(conversationId, cancellationToken);
            logger.LogInformation("Conversation reference removed");
        }
    }
}
