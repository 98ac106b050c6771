namespace ProgramaBot.BotFramework.Turns;

/// <summary>
/// A chat command owned by a feature ("nueva solicitud", "suscribir recordatorios", …).
/// Handlers are asked in registration order; the first that returns true owns the turn.
/// </summary>
public interface IMessageHandler
{
    Task<bool> TryHandleAsync(ITurnContext turn, CancellationToken cancellationToken);
}

/// <summary>What answers a message no <see cref="IMessageHandler"/> took (the question answerer). Exactly one.</summary>
public interface IFallbackMessageHandler
{
    Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken);
}

/// <summary>Handles Adaptive Card <c>Action.Execute</c> verbs (and their <c>Action.Submit</c> fallbacks).</summary>
public interface ICardActionHandler
{
    bool CanHandle(string verb);

    Task<InvokeResponse> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken);
}

/// <summary>Told when the bot joins a conversation (installed, or added to a team or chat).</summary>
public interface IConversationJoinedHandler
{
    Task OnJoinedAsync(ITurnContext turn, CancellationToken cancellationToken);
}
