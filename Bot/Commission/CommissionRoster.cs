using Microsoft.Extensions.Options;

namespace ProgramaBot.Commission;

/// <summary>
/// The one place the commission is read: the set-up stored from Teams when there is one, else the "Commission"
/// configuration. No cache: every use reads the one stored row, so a set-up saved on one instance holds at once on all.
/// </summary>
public sealed class CommissionRoster(ICommissionStore store, IOptions<CommissionOptions> options)
{
    public async Task<Roster> CurrentAsync(CancellationToken cancellationToken)
        => await store.GetAsync(cancellationToken) is { } stored
            ? Roster.FromStored(stored.Value, stored.Version, options.Value.DecisionRule)
            : Roster.FromConfiguration(options.Value);
}
