using Microsoft.Extensions.Options;

namespace ProgramaBot.Commission;

/// <summary>
/// The one place the commission is read: the set-up stored from Teams when there is one, else the "Commission"
/// configuration. No cache: every use reads the one stored row, so a set-up saved on one instance holds at once on all.
/// </summary>
public sealed class CommissionRoster(ICommissionStore store, IOptions<CommissionOptions> options, IHostEnvironment? environment = null)
{
    public async Task<Roster> CurrentAsync(CancellationToken cancellationToken)
    {
        var roster = await store.GetAsync(cancellationToken) is { } stored
            ? Roster.FromStored(stored.Value, stored.Version, options.Value.DecisionRule)
            : Roster.FromConfiguration(options.Value);

        // Outside Development a voter is known only by from.aadObjectId, which Teams sets from the signed-in user:
        // some clients choose from.id themselves. The Agents Playground sends no object id, hence the exception.
        return roster with { VotersByTeamsId = environment is null || environment.IsDevelopment() };
    }
}
