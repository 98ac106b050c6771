using Microsoft.Extensions.Options;
using ProgramaBot.BotFramework.References;
using ProgramaBot.Commission;

namespace ProgramaBot.Reminders.Subscriptions;

/// <summary>Where schedule notices go: subscribed conversations (plus the commission's, by configuration) that can still be written to.</summary>
public sealed class ReminderTargets(
    ISubscriptionStore subscriptions,
    IConversationReferenceStore references,
    IOptions<ReminderOptions> options,
    CommissionRoster roster)
{
    public async Task<bool> IsSubscribedAsync(string conversationId, CancellationToken cancellationToken)
        => await IsConfiguredAsync(conversationId, cancellationToken) || await subscriptions.GetAsync(conversationId, cancellationToken) is not null;

    /// <summary>The commission's conversation (set up from Teams, or configured) when reminders go there by configuration.</summary>
    public async Task<bool> IsConfiguredAsync(string conversationId, CancellationToken cancellationToken)
        => options.Value.SubscribeCommissionConversation
           && (await roster.CurrentAsync(cancellationToken)).ConversationId == conversationId;

    /// <summary>Conversation ids with an active reference; one without a reference cannot be written to.</summary>
    public async Task<IReadOnlyList<string>> ListActiveAsync(CancellationToken cancellationToken)
    {
        var ids = (await subscriptions.ListAsync(cancellationToken)).Select(s => s.ConversationId).ToHashSet(StringComparer.Ordinal);
        if (options.Value.SubscribeCommissionConversation
            && (await roster.CurrentAsync(cancellationToken)).ConversationId is { Length: > 0 } commissionId)
        {
            ids.Add(commissionId);
        }

        var active = (await references.ListAsync(cancellationToken)).Where(r => r.IsActive).Select(r => r.ConversationId);
        return [.. active.Where(ids.Contains).Order(StringComparer.Ordinal)];
    }
}
