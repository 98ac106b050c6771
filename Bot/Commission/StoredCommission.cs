using ProgramaBot.BotFramework.References;

namespace ProgramaBot.Commission;

/// <summary>
/// The commission as the Secretario Técnico saved it from Teams: one current record, and every saved revision kept
/// as the audit trail (who saved it, when, and the whole roster they saved).
/// </summary>
public sealed record StoredCommission
{
    /// <summary>1 for the first set-up, then one more per save.</summary>
    public required int Revision { get; init; }

    /// <summary>The voters: one Presidenta or Presidente, the rest Consejeras and Consejeros integrantes.</summary>
    public required IReadOnlyList<CommissionMember> Members { get; init; }

    public required CommissionMember SecretarioTecnico { get; init; }

    public required string ConversationId { get; init; }

    /// <summary>How to reach the commission's conversation, as the bot saw it when the set-up was saved.</summary>
    public ConversationReference? Conversation { get; init; }

    public required DateTimeOffset SavedAt { get; init; }

    public required string SavedBy { get; init; }

    /// <summary>The saver's Entra object id (or Teams id when Teams gave none).</summary>
    public string? SavedById { get; init; }
}

/// <summary>A stored set-up and its concurrency token (SQLite revision, Azure ETag).</summary>
public sealed record VersionedCommission(StoredCommission Value, string Version);
