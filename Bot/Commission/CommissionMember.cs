namespace ProgramaBot.Commission;

/// <summary>A person on the commission's roster (configuration "Commission:Members" or "Commission:SecretarioTecnico").</summary>
public sealed record CommissionMember
{
    public const string Presidenta = "Presidenta";
    public const string Integrante = "Integrante";

    public required string Name { get; init; }

    /// <summary>The Teams user id (29:…), needed for <c>refresh.userIds</c> on approval cards.</summary>
    public string? TeamsId { get; init; }

    /// <summary>The Entra object id; preferred for matching because it does not change per bot or tenant.</summary>
    public string? AadObjectId { get; init; }

    /// <summary>Presidenta or Integrante.</summary>
    public string Role { get; init; } = Integrante;

    /// <summary>The stable key a vote is stored under: the Entra object id when known, else the Teams id.</summary>
    public string Key => !string.IsNullOrWhiteSpace(AadObjectId) ? AadObjectId : TeamsId ?? Name;

    public bool HasAadObjectId(string? aadObjectId)
        => !string.IsNullOrWhiteSpace(aadObjectId) && string.Equals(AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase);

    public bool HasTeamsId(string? teamsId)
        => !string.IsNullOrWhiteSpace(teamsId) && string.Equals(TeamsId, teamsId, StringComparison.Ordinal);
}
