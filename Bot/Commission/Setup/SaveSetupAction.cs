using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.References;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Time;

namespace ProgramaBot.Commission.Setup;

/// <summary>
/// «Guardar» on the set-up card: checked against Teams' member list and the rules of the commission, then stored in one
/// conditional write (with its audit revision). Anything wrong brings the card back with the reasons; nothing changes.
/// </summary>
internal sealed class SaveSetupAction(
    CommissionRoster roster,
    ConversationMembers members,
    ICommissionStore store,
    IConversationReferenceStore references,
    CommissionClock clock,
    ILogger<SaveSetupAction> logger) : ICardActionHandler
{
    public bool CanHandle(string verb) => verb == SetupCard.SaveVerb;

    public async Task<InvokeResponse> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var current = await roster.CurrentAsync(cancellationToken);
        if (SetupConversation.Refusal(activity, current) is { } refusal)
        {
            return InvokeResponse.Message(refusal);
        }

        var conversationId = SetupConversation.IdOf(activity)!;
        if (StringOf(action.Data, SetupCard.ConversationKey) != conversationId)
        {
            return InvokeResponse.Message(SetupMessages.OtherConversation);
        }

        var listed = await members.ListAsync(activity.ServiceUrl, conversationId, cancellationToken);
        if (listed is null || listed.Count > ConversationMembers.MaxListed)
        {
            return InvokeResponse.Message(listed is null ? SetupMessages.MembersUnavailable : SetupMessages.TooManyMembers);
        }

        var selection = SetupSelection.Read(action.Data, listed);
        if (!selection.IsValid)
        {
            var shown = selection.Chosen.Count > 0 ? selection.Chosen : SetupConversation.Prefill(current, listed);
            return InvokeResponse.Card(SetupCard.Render(listed, shown, conversationId, current.Version, selection.Errors));
        }

        var cardVersion = StringOf(action.Data, SetupCard.VersionKey) is { Length: > 0 } v ? v : null;
        if (cardVersion != current.Version)
        {
            return Changed(current, listed, conversationId);
        }

        var now = clock.UtcNow;
        var sender = listed.FirstOrDefault(m => m.Id == activity.From?.Id) ?? activity.From!;
        var (voters, secretario) = selection.ToRoster(new CommissionMember
        {
            Name = sender.Name ?? current.SecretarioTecnico!.Name,
            TeamsId = sender.Id,
            AadObjectId = sender.AadObjectId ?? current.SecretarioTecnico!.AadObjectId,
            Title = current.SecretarioTecnico!.Title,
            Gender = current.SecretarioTecnico.Gender,
        });
        var reference = ConversationReference.From(activity, now)! with { ConversationId = conversationId };
        var stored = new StoredCommission
        {
            Revision = (current.Stored?.Revision ?? 0) + 1,
            Members = voters,
            SecretarioTecnico = secretario,
            ConversationId = conversationId,
            Conversation = reference,
            SavedAt = now,
            SavedBy = sender.Name ?? secretario.Name,
            SavedById = sender.AadObjectId ?? sender.Id,
        };
        if (await store.TrySaveAsync(stored, current.Version, cancellationToken) is null)
        {
            return Changed(await roster.CurrentAsync(cancellationToken), listed, conversationId);
        }

        await RememberConversationAsync(reference, cancellationToken);
        logger.LogInformation("Commission set up from Teams: revision {Revision}, {Voters} voters", stored.Revision, voters.Count);
        return InvokeResponse.Card(SetupCard.Saved(stored, SpanishCalendar.Moment(now, clock.Zone)));
    }

    private static string? StringOf(System.Text.Json.Nodes.JsonObject data, string key) => Mentions.StringOf(data[key]);

    private static InvokeResponse Changed(Roster latest, IReadOnlyList<ChannelAccount> listed, string conversationId)
        => InvokeResponse.Card(SetupCard.Render(listed, SetupConversation.Prefill(latest, listed), conversationId, latest.Version,
            [SetupMessages.Changed]));

    /// <summary>
    /// Reminders and request cards reach the commission through its reference; a channel thread's reference is stored
    /// under the thread's id, so the channel's own is written here. The set-up keeps a copy if this write fails.
    /// </summary>
    private async Task RememberConversationAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        try
        {
            if (await references.GetAsync(reference.ConversationId, cancellationToken) is not { } existing || !existing.IsSameRouteAs(reference))
            {
                await references.UpsertAsync(reference, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "The commission's conversation reference was not stored; the set-up's copy is used");
        }
    }
}
