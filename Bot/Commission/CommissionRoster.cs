using Microsoft.Extensions.Options;
using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.Commission;

/// <summary>Answers "who is this clicker?" against the configured roster.</summary>
public sealed class CommissionRoster(IOptions<CommissionOptions> options, IHostEnvironment? environment = null)
{
    public IReadOnlyList<CommissionMember> Members => options.Value.Members;

    public CommissionOptions Options => options.Value;

    /// <summary>
    /// The voting member who sent the activity, or null: by from.aadObjectId, which Teams sets from the signed-in user;
    /// by from.id as well only in Development (the Agents Playground), because some clients choose it themselves.
    /// </summary>
    public CommissionMember? FindMember(ChannelAccount? from)
        => from is null ? null
            : environment is null || environment.IsDevelopment() ? Find(Members, from)
            : Members.FirstOrDefault(m => m.HasAadObjectId(from.AadObjectId));

    public bool IsSecretarioTecnico(ChannelAccount? from)
        => from is not null && options.Value.SecretarioTecnico is { } st && Find([st], from) is not null;

    /// <summary>The Entra object id is authoritative; the Teams id is the fallback for rosters that lack it.</summary>
    private static CommissionMember? Find(IReadOnlyList<CommissionMember> people, ChannelAccount from)
        => people.FirstOrDefault(m => m.HasAadObjectId(from.AadObjectId)) ?? people.FirstOrDefault(m => m.HasTeamsId(from.Id));
}
