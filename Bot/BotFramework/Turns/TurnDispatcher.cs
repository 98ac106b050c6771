using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.BotFramework.Turns;

/// <summary>Routes one authenticated activity to the feature that owns it (the SDK's ActivityHandler).</summary>
internal sealed class TurnDispatcher(
    ConversationReferenceTracker references,
    IEnumerable<IMessageHandler> messageHandlers,
    IFallbackMessageHandler fallback,
    IEnumerable<ICardActionHandler> cardActionHandlers,
    IEnumerable<IConversationJoinedHandler> joinedHandlers,
    ILogger<TurnDispatcher> logger)
{
    /// <returns>The invoke response for invokes; null for every other activity type.</returns>
    public async Task<InvokeResponse?> DispatchAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await references.CaptureOnTurnAsync(turn, cancellationToken);
                await OnMessageAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.Invoke:
                await references.CaptureOnTurnAsync(turn, cancellationToken);
                return await OnInvokeAsync(turn, cancellationToken);
            default:
                logger.LogDebug("Activity type {Type} ignored", activity.Type);
                return null;
        }
    }

    private async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // An Action.Submit fallback from an old client arrives as a message whose value carries the verb.
        if (CardAction.FromSubmitValue(turn.Activity.Value) is { } submitted)
        {
            var response = await RunCardActionAsync(turn, submitted, cancellationToken);
            await SubmitResultToMessagesAsync(turn, response, cancellationToken);
            return;
        }

        foreach (var handler in messageHandlers)
        {
            if (await handler.TryHandleAsync(turn, cancellationToken))
            {
                return;
            }
        }

        await fallback.HandleAsync(turn, cancellationToken);
    }

    private async Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        switch (turn.Activity.Action)
        {
            case "add" or "add-upgrade":
                await references.CaptureAsync(turn, cancellationToken);
                if (turn.Activity.Action == "add")
                {
                    await NotifyJoinedAsync(turn, cancellationToken);
                }

                break;
            case "remove" or "remove-upgrade":
                await references.ForgetAsync(turn, cancellationToken);
                break;
        }
    }

    private async Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var eventType = activity.ChannelData?["eventType"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? activity.ChannelData["eventType"]!.GetValue<string>()
            : null;
        if (eventType == "teamDeleted")
        {
            await references.ForgetAsync(turn, cancellationToken);
            return;
        }

        if (eventType == "teamRestored")
        {
            await references.CaptureAsync(turn, cancellationToken);
            return;
        }

        var botId = activity.Recipient?.Id;
        // Teams sends installationUpdate alongside this; the welcome goes out from there only, so it is said once.
        if (botId is not null && activity.MembersAdded?.Any(m => m?.Id == botId) == true)
        {
            await references.CaptureAsync(turn, cancellationToken);
        }
    }

    private async Task NotifyJoinedAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var handler in joinedHandlers)
        {
            await handler.OnJoinedAsync(turn, cancellationToken);
        }
    }

    private async Task<InvokeResponse> OnInvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Name != ActivityTypes.AdaptiveCardAction)
        {
            return InvokeResponse.Error(501, "NotImplemented", $"El bot no atiende invocaciones «{turn.Activity.Name}».");
        }

        if (CardAction.FromInvokeValue(turn.Activity.Value) is not { } action)
        {
            return InvokeResponse.Error(400, "BadRequest", "La acción de la tarjeta no tiene el formato esperado (falta action.verb).");
        }

        return await RunCardActionAsync(turn, action, cancellationToken);
    }

    private async Task<InvokeResponse> RunCardActionAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var handler = cardActionHandlers.FirstOrDefault(h => h.CanHandle(action.Verb));
        if (handler is null)
        {
            logger.LogInformation("Card action verb {Verb} has no handler", action.Verb);
            return InvokeResponse.Error(400, "UnknownVerb", "Esta tarjeta ya no es válida. Pida una nueva con «ayuda».");
        }

        return await handler.HandleAsync(turn, action, cancellationToken);
    }

    /// <summary>Action.Submit has no invoke response: show the outcome in the conversation instead.</summary>
    private static async Task SubmitResultToMessagesAsync(TurnContext turn, InvokeResponse response, CancellationToken cancellationToken)
    {
        switch (response.Type)
        {
            case InvokeResponse.CardType when response.Value is System.Text.Json.Nodes.JsonObject card:
                var message = Activity.Card(card, "Tarjeta actualizada");
                if (turn.Activity.ReplyToId is { Length: > 0 } cardMessageId && !turn.Activity.ExpectsReplies())
                {
                    await turn.UpdateAsync(cardMessageId, message, cancellationToken);
                }
                else
                {
                    await turn.SendAsync(message, cancellationToken);
                }

                break;
            case InvokeResponse.MessageType:
                await turn.SendAsync(Activity.Message(response.Value?.GetValue<string>() ?? ""), cancellationToken);
                break;
            default:
                await turn.SendAsync(Activity.Message(response.Value?["message"]?.GetValue<string>() ?? "No se pudo procesar la acción."), cancellationToken);
                break;
        }
    }
}
