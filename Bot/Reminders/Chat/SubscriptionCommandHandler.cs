using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Reminders.Subscriptions;

namespace ProgramaBot.Reminders.Chat;

/// <summary>"suscribir recordatorios" / "cancelar recordatorios" in any personal chat, group chat or channel.</summary>
internal sealed class SubscriptionCommandHandler(ISubscriptionStore subscriptions, ReminderTargets targets, TimeProvider time) : IMessageHandler
{
    public async Task<bool> TryHandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var folded = SpanishText.FoldPhrase(turn.Text);
        var subscribe = folded is "suscribir recordatorios" or "suscribirme a recordatorios" or "suscribirme a los recordatorios"
            or "activar recordatorios" or "suscribir a recordatorios";
        var unsubscribe = folded is "cancelar recordatorios" or "desactivar recordatorios" or "cancelar suscripcion" or "cancelar mi suscripcion";
        if ((!subscribe && !unsubscribe) || turn.Activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return false;
        }

        var reply = subscribe
            ? await SubscribeAsync(conversationId, turn.Activity.From?.Name, cancellationToken)
            : await UnsubscribeAsync(conversationId, cancellationToken);
        await turn.SendAsync(Activity.Message(reply), cancellationToken);
        return true;
    }

    private async Task<string> SubscribeAsync(string conversationId, string? by, CancellationToken cancellationToken)
    {
        await subscriptions.UpsertAsync(new Subscription(conversationId, by, time.GetUtcNow()), cancellationToken);
        return "🔔 Listo: esta conversación recibirá los recordatorios de las sesiones de la Comisión y los avisos de plazos. " +
               "Escriba «próximos recordatorios» para ver qué se enviará y cuándo, o «cancelar recordatorios» para dejar de recibirlos.";
    }

    private async Task<string> UnsubscribeAsync(string conversationId, CancellationToken cancellationToken)
    {
        var removed = await subscriptions.DeleteAsync(conversationId, cancellationToken);
        if (await targets.IsConfiguredAsync(conversationId, cancellationToken))
        {
            return "Esta es la conversación de la Comisión: recibe los recordatorios siempre, así que seguirá recibiéndolos. " +
                   "Si desea dejar de recibirlos aquí, solicítelo a quien administra el bot.";
        }

        return removed
            ? "🔕 Listo: esta conversación ya no recibirá recordatorios. Escriba «suscribir recordatorios» si desea volver a recibirlos."
            : "Esta conversación no estaba suscrita a los recordatorios; no hay nada que cancelar.";
    }
}
