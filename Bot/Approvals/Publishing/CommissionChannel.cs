using System.Text.Json.Nodes;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Connector;
using ProgramaBot.BotFramework.References;
using ProgramaBot.Commission;

namespace ProgramaBot.Approvals.Publishing;

/// <summary>Posts, replaces and announces in the commission's conversation through its stored reference.</summary>
public sealed class CommissionChannel(
    IConversationReferenceStore references,
    IConnectorClient connector,
    CommissionRoster roster,
    ILogger<CommissionChannel> logger)
{
    public const string MissingConversation =
        "No puedo publicar la solicitud: no tengo registrada la conversación de la Comisión. " +
        "Agregue el bot a esa conversación y escriba ahí «@ProgramaBot configurar comisión»; después vuelva a intentarlo. " +
        "No se creó ninguna solicitud.";

    /// <summary>
    /// The commission's conversation as the bot last saw it (or, never seen since, as the set-up stored it); null when
    /// there is none or the bot was removed from it.
    /// </summary>
    public async Task<ConversationReference?> FindAsync(CancellationToken cancellationToken)
    {
        var current = await roster.CurrentAsync(cancellationToken);
        if (current.ConversationId is not { Length: > 0 } id)
        {
            return null;
        }

        var reference = await references.GetAsync(id, cancellationToken) ?? current.Stored?.Conversation;
        return reference is { IsActive: true } && reference.ConversationId == id ? reference : null;
    }

    /// <returns>The new message's id (needed later to replace the card), or null when Teams did not take it.</returns>
    public async Task<string?> PostCardAsync(ConversationReference commission, JsonObject card, string fallbackText, CancellationToken cancellationToken)
    {
        ConnectorResult<ResourceResponse> result;
        try
        {
            result = await connector.SendToConversationAsync(commission.Address(Activity.Card(card, fallbackText)), cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogError(e, "Posting a request card failed: the Connector is unreachable");
            return null;
        }

        if (!result.IsOk || string.IsNullOrEmpty(result.Value?.Id))
        {
            logger.LogWarning("Posting a request card failed: {Outcome} {Code}", result.Outcome, result.ErrorCode);
            return null;
        }

        return result.Value.Id;
    }

    /// <summary>PUT: everyone's copy of the card becomes <paramref name="card"/>. Failures are logged, not thrown:
    /// the vote is already stored, and its publication stays behind until a later attempt replaces the card.</summary>
    public async Task<bool> ReplaceCardAsync(string conversationId, string activityId, JsonObject card, string fallbackText,
        CancellationToken cancellationToken)
    {
        if (await references.GetAsync(conversationId, cancellationToken) is not { } reference)
        {
            logger.LogWarning("Cannot replace card {ActivityId}: no reference for its conversation", activityId);
            return false;
        }

        var activity = reference.Address(Activity.Card(card, fallbackText));
        activity.Id = activityId;
        var result = await connector.UpdateActivityAsync(activity, cancellationToken);
        if (!result.IsOk)
        {
            logger.LogWarning("Replacing card {ActivityId} failed: {Outcome} {Code}", activityId, result.Outcome, result.ErrorCode);
        }

        return result.IsOk;
    }

    public async Task<bool> SayAsync(string conversationId, string text, CancellationToken cancellationToken)
    {
        if (await references.GetAsync(conversationId, cancellationToken) is not { IsActive: true } reference)
        {
            logger.LogWarning("Cannot send a message: no active reference for the conversation");
            return false;
        }

        var result = await connector.SendToConversationAsync(reference.Address(Activity.Message(text)), cancellationToken);
        if (!result.IsOk)
        {
            logger.LogWarning("Sending a message failed: {Outcome} {Code}", result.Outcome, result.ErrorCode);
        }

        return result.IsOk;
    }
}
