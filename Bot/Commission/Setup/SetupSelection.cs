using System.Text.Json.Nodes;
using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.Commission.Setup;

/// <summary>
/// What the card says, checked against the conversation's members as Teams lists them now: card data can be forged,
/// so every chosen id must be a member and every value a known position.
/// </summary>
public sealed record SetupSelection(IReadOnlyDictionary<string, string> Chosen, IReadOnlyList<string> Errors)
{
    /// <summary>The voters in conversation order with the Presidencia first, and the Secretaría if one was chosen.</summary>
    public IReadOnlyList<(ChannelAccount Account, Position Position)> People { get; init; } = [];

    public bool IsValid => Errors.Count == 0;

    public static SetupSelection Read(JsonObject data, IReadOnlyList<ChannelAccount> members)
    {
        var errors = new List<string>();
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        var byId = members.ToDictionary(m => m.Id!, StringComparer.Ordinal);
        foreach (var (key, node) in data)
        {
            if (!key.StartsWith(SetupCard.InputPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var id = key[SetupCard.InputPrefix.Length..];
            var value = node is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
            if (string.IsNullOrEmpty(value) || value == Position.None)
            {
                continue;
            }

            if (Position.Find(value) is null)
            {
                AddOnce(errors, SetupMessages.UnknownPosition);
            }
            else if (!byId.ContainsKey(id))
            {
                AddOnce(errors, SetupMessages.NotAMember);
            }
            else
            {
                chosen[id] = value;
            }
        }

        if (errors.Count > 0)
        {
            // Forged or stale data: nothing in it is trusted, so the card comes back as Teams lists the members.
            return new SetupSelection(new Dictionary<string, string>(), errors);
        }

        var people = members.Where(m => chosen.ContainsKey(m.Id!)).Select(m => (Account: m, Position: Position.Find(chosen[m.Id!])!)).ToList();
        var presidencias = people.Count(p => p.Position.IsPresidencia);
        if (people.Count == 0)
        {
            errors.Add(SetupMessages.EmptySelection);
        }
        else if (presidencias == 0)
        {
            errors.Add(SetupMessages.NoPresidencia);
        }
        else if (presidencias > 1)
        {
            errors.Add(SetupMessages.TooManyPresidencias);
        }

        if (people.Count(p => p.Position.IsSecretaria) > 1)
        {
            errors.Add(SetupMessages.TooManySecretarias);
        }

        if (people.Count(p => p.Position.Votes) > CommissionOptions.MaxMembers)
        {
            errors.Add(SetupMessages.TooManyVoters);
        }

        return new SetupSelection(chosen, errors) { People = [.. people.OrderByDescending(p => p.Position.IsPresidencia)] };
    }

    /// <summary>The roster to store: the voters, and the Secretaría chosen or else <paramref name="currentSecretario"/>.</summary>
    public (List<CommissionMember> Members, CommissionMember SecretarioTecnico) ToRoster(CommissionMember currentSecretario)
    {
        var members = People.Where(p => p.Position.Votes).Select(p => Member(p.Account, p.Position)).ToList();
        var secretaria = People.Where(p => p.Position.IsSecretaria).Select(p => Member(p.Account, p.Position)).FirstOrDefault()
                         ?? currentSecretario with { Role = CommissionRole.SecretariaTecnica };
        return (members, secretaria);
    }

    private static CommissionMember Member(ChannelAccount account, Position position) => new()
    {
        Name = string.IsNullOrWhiteSpace(account.Name) ? account.Id! : account.Name.Trim(),
        TeamsId = account.Id,
        AadObjectId = string.IsNullOrWhiteSpace(account.AadObjectId) ? null : account.AadObjectId,
        Role = position.Role,
        Title = position.Title,
        Gender = position.Gender,
    };

    private static void AddOnce(List<string> errors, string error)
    {
        if (!errors.Contains(error))
        {
            errors.Add(error);
        }
    }
}
