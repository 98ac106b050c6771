using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Connector;
using ProgramaBot.BotFramework.References;
using ProgramaBot.Commission;

namespace ProgramaBot.Reminders.Nudges;

/// <summary>
/// A member's 1:1 chat with the bot: the stored personal reference, or one opened through the Connector
/// (POST v3/conversations) from any reference that knows the bot, tenant and service URL.
/// </summary>
public sealed class PersonalChats(
    IConversationReferenceStore references,
    IConnectorClient connector,
    CommissionRoster roster,
    TimeProvider time,
    ILogger<PersonalChats> logger)
{
    public async Task<ConversationReference?> FindOrCreateAsync(CommissionMember member, CancellationToken cancellationToken)
    {
        var all = await references.ListAsync(cancellationToken);
        var personal = all.FirstOrDefault(r => r.IsActive && r.ConversationType == "personal" && IsMember(r, member));
        if (personal is not null)
        {
            return personal;
        }

        var commissionId = (await roster.CurrentAsync(cancellationToken)).ConversationId;
        var template = all.FirstOrDefault(r => r.ConversationId == commissionId && r.BotId is not null && r.TenantId is not null)
            ?? all.FirstOrDefault(r => r.BotId is not null && r.TenantId is not null);
        if (template is null || member.TeamsId is null)
        {
            return null;
        }

        var parameters = new ConversationParameters(new ChannelAccount { Id = template.BotId },
            [new ChannelAccount { Id = member.TeamsId }], template.TenantId!);
        var created = await connector.CreateConversationAsync(template.ServiceUrl, parameters, cancellationToken);
        if (!created.IsOk || created.Value?.Id is not { Length: > 0 } conversationId)
        {
            logger.LogWarning("Could not open a personal chat for a nudge: {Outcome}", created.Outcome);
            return null;
        }

        var reference = template with
        {
            ConversationId = conversationId,
            ConversationType = "personal",
            UserId = member.TeamsId,
            UserAadObjectId = member.AadObjectId,
            UserName = member.Name,
            IsActive = true,
            InactiveReason = null,
            UpdatedAt = time.GetUtcNow(),
        };
        await references.UpsertAsync(reference, cancellationToken);
        return reference;
    }

    private static bool IsMember(ConversationReference reference, CommissionMember member)
        => (member.TeamsId is { } id && string.Equals(reference.UserId, id, StringComparison.OrdinalIgnoreCase))
           || (member.AadObjectId is { } aad && string.Equals(reference.UserAadObjectId, aad, StringComparison.OrdinalIgnoreCase));
}
