using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.Commission.Setup;

/// <summary>What the command and the «Guardar» click both check before anything else, and the card's starting values.</summary>
public static class SetupConversation
{
    /// <summary>
    /// The conversation to store: a channel message's conversation id carries ";messageid=…" (its thread), while
    /// cards are posted to the channel itself.
    /// </summary>
    public static string? IdOf(Activity activity)
        => activity.Conversation?.Id is { Length: > 0 } id ? id.Split(";messageid=", 2)[0] : null;

    /// <summary>Null when the set-up may go on here; otherwise the refusal.</summary>
    public static string? Refusal(Activity activity, Roster current)
    {
        if (activity.Conversation?.ConversationType is "personal" || IdOf(activity) is null)
        {
            return SetupMessages.NotInPersonalChat;
        }

        return current.IsSecretarioTecnico(activity.From) ? null : SetupMessages.OnlySecretario;
    }

    /// <summary>Each member's position today, where the roster knows it with its gender; everyone else starts at «No forma parte».</summary>
    public static IReadOnlyDictionary<string, string> Prefill(Roster current, IReadOnlyList<ChannelAccount> members)
    {
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var account in members)
        {
            var position = current.IsSecretarioTecnico(account) ? Position.Of(current.SecretarioTecnico!, isSecretaria: true)
                : current.FindMember(account) is { } member ? Position.Of(member, isSecretaria: false)
                : null;
            if (position is not null)
            {
                chosen[account.Id!] = position.Value;
            }
        }

        return chosen;
    }
}
