using System.Text.Json.Serialization;

namespace ProgramaBot.Commission;

/// <summary>
/// What a person is on the commission. Stored and configured by name («Presidenta», «Integrante», «SecretariaTecnica»:
/// the strings rosters were saved with before this was an enum), so a roster stored then still reads, and the names
/// written now stay the same; how a role is worded for people is <see cref="RosterWording"/>'s and the title's.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<CommissionRole>))]
public enum CommissionRole
{
    /// <summary>A Consejera or Consejero integrante: votes.</summary>
    Integrante,

    /// <summary>The Presidenta or Presidente: votes.</summary>
    Presidenta,

    /// <summary>The Secretario Técnico as stored by the set-up from Teams: administers, does not vote.</summary>
    SecretariaTecnica,
}
