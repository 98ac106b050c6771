using System.ComponentModel.DataAnnotations;

namespace ProgramaBot.Commission;

/// <summary>
/// Who votes and where (configuration section "Commission"); validated at start-up. The bootstrap only: once the
/// commission is set up from Teams the stored roster wins (see <see cref="CommissionRoster"/>), and this section is read
/// nowhere else.
/// </summary>
public sealed class CommissionOptions : IValidatableObject
{
    public const string Section = "Commission";

    /// <summary>Teams refreshes a card for at most 60 user ids, so the roster is capped there.</summary>
    public const int MaxMembers = 60;

    public List<CommissionMember> Members { get; set; } = [];

    /// <summary>Creates approval requests in chat; does not vote unless also listed as a member.</summary>
    public CommissionMember? SecretarioTecnico { get; set; }

    /// <summary>The conversation where request cards are posted; the bot must have a stored reference to it.</summary>
    public string? ConversationId { get; set; }

    public DecisionRule DecisionRule { get; set; } = DecisionRule.Majority;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // With no members the roster comes from Teams («configurar comisión»), which needs a Secretario Técnico to start it.
        if (Members.Count > MaxMembers || (Members.Count == 0 && SecretarioTecnico is null))
        {
            yield return new ValidationResult(
                $"Commission:Members must list between 1 and {MaxMembers} members (found {Members.Count}), " +
                "or Commission:SecretarioTecnico must be set so that the roster is set up from Teams.", [nameof(Members)]);
        }

        var people = Members.Select((m, i) => (Member: m, Setting: $"Commission:Members:{i}")).ToList();
        if (SecretarioTecnico is { } st)
        {
            people.Add((st, "Commission:SecretarioTecnico"));
        }

        foreach (var (member, setting) in people)
        {
            if (string.IsNullOrWhiteSpace(member.Name))
            {
                yield return new ValidationResult($"{setting}:Name is required.", [nameof(Members)]);
            }

            if (string.IsNullOrWhiteSpace(member.TeamsId) && string.IsNullOrWhiteSpace(member.AadObjectId))
            {
                yield return new ValidationResult($"{setting} needs a TeamsId or an AadObjectId.", [nameof(Members)]);
            }

            if (member.Role is not (CommissionRole.Presidenta or CommissionRole.Integrante))
            {
                yield return new ValidationResult(
                    $"{setting}:Role must be {CommissionRole.Presidenta} or {CommissionRole.Integrante} (was '{member.Role}').", [nameof(Members)]);
            }
        }

        foreach (var duplicate in DuplicateIds())
        {
            yield return new ValidationResult($"Commission:Members: the id '{duplicate}' belongs to more than one member.", [nameof(Members)]);
        }
    }

    private IEnumerable<string> DuplicateIds()
        => Members.SelectMany(m => new[] { m.TeamsId, m.AadObjectId })
            .Where(id => !string.IsNullOrWhiteSpace(id))
            .GroupBy(id => id!, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);
}
