using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.Commission;

/// <summary>
/// The commission as it stands for one use: who votes, who administers, where it meets, how it decides. Read from the
/// store on every use (set up from Teams) or, when nothing is stored, from configuration (the bootstrap).
/// </summary>
public sealed record Roster(
    IReadOnlyList<CommissionMember> Members,
    CommissionMember? SecretarioTecnico,
    string? ConversationId,
    DecisionRule DecisionRule,
    StoredCommission? Stored = null)
{
    /// <summary>The stored set-up's concurrency token; null while the roster comes from configuration.</summary>
    public string? Version { get; init; }

    public bool IsSetUpFromTeams => Stored is not null;

    /// <summary>Whether a voter may be recognised by from.id when the activity carries no matching object id (Development only).</summary>
    public bool VotersByTeamsId { get; init; } = true;

    public static Roster FromConfiguration(CommissionOptions options)
        => new(options.Members, options.SecretarioTecnico, options.ConversationId, options.DecisionRule);

    /// <summary>The decision rule stays a setting; everything else comes from the set-up.</summary>
    public static Roster FromStored(StoredCommission stored, string version, DecisionRule rule)
        => new(stored.Members, stored.SecretarioTecnico, stored.ConversationId, rule, stored) { Version = version };

    /// <summary>The voting member who sent the activity (from.aadObjectId first, then from.id where allowed), or null.</summary>
    public CommissionMember? FindMember(ChannelAccount? from)
        => from is null ? null
            : VotersByTeamsId ? Find(Members, from)
            : Members.FirstOrDefault(m => m.HasAadObjectId(from.AadObjectId));

    public bool IsSecretarioTecnico(ChannelAccount? from)
        => from is not null && SecretarioTecnico is { } st && Find([st], from) is not null;

    /// <summary>The Entra object id is authoritative; the Teams id is the fallback for rosters that lack it.</summary>
    private static CommissionMember? Find(IReadOnlyList<CommissionMember> people, ChannelAccount from)
        => people.FirstOrDefault(m => m.HasAadObjectId(from.AadObjectId)) ?? people.FirstOrDefault(m => m.HasTeamsId(from.Id));
}
