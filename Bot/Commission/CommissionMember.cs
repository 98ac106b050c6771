using System.Text.Json.Serialization;

namespace ProgramaBot.Commission;

/// <summary>A person on the commission's roster: set up from Teams (stored) or, as the bootstrap, configuration
/// ("Commission:Members", "Commission:SecretarioTecnico").</summary>
public sealed record CommissionMember
{
    public required string Name { get; init; }

    /// <summary>The Teams user id (29:…), needed for <c>refresh.userIds</c> on approval cards.</summary>
    public string? TeamsId { get; init; }

    /// <summary>The Entra object id; preferred for matching because it does not change per bot or tenant.</summary>
    public string? AadObjectId { get; init; }

    /// <summary>Presidenta or Integrante for voters; SecretariaTecnica for the Secretario Técnico set up from Teams.</summary>
    public CommissionRole Role { get; init; } = CommissionRole.Integrante;

    /// <summary>The title as the commission uses it («Presidenta», «Consejero Electoral», «Secretaria Técnica»); set up from Teams.</summary>
    public string? Title { get; init; }

    /// <summary><see cref="Female"/> or <see cref="Male"/>, chosen with the title in Teams (for wording); null when unknown.</summary>
    public string? Gender { get; init; }

    public const string Female = "F";
    public const string Male = "M";

    /// <summary>The stable key a vote is stored under: the Entra object id when known, else the Teams id.</summary>
    [JsonIgnore]
    public string Key => !string.IsNullOrWhiteSpace(AadObjectId) ? AadObjectId : TeamsId ?? Name;

    public bool HasAadObjectId(string? aadObjectId)
        => !string.IsNullOrWhiteSpace(aadObjectId) && string.Equals(AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase);

    public bool HasTeamsId(string? teamsId)
        => !string.IsNullOrWhiteSpace(teamsId) && string.Equals(TeamsId, teamsId, StringComparison.Ordinal);
}
