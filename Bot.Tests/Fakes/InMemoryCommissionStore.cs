using System.Globalization;
using ProgramaBot.Commission;

namespace ProgramaBot.Tests.Fakes;

/// <summary>The commission store kept in memory, for unit tests that build the roster by hand (the real stores have their own contract tests).</summary>
public sealed class InMemoryCommissionStore : ICommissionStore
{
    private readonly Lock _gate = new();
    private readonly List<StoredCommission> _history = [];

    public Task<VersionedCommission?> GetAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_history.Count == 0 ? null
                : new VersionedCommission(_history[^1], _history.Count.ToString(CultureInfo.InvariantCulture)));
        }
    }

    public Task<string?> TrySaveAsync(StoredCommission commission, string? expectedVersion, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (expectedVersion != (_history.Count == 0 ? null : _history.Count.ToString(CultureInfo.InvariantCulture)))
            {
                return Task.FromResult<string?>(null);
            }

            _history.Add(commission with { Revision = _history.Count + 1 });
            return Task.FromResult<string?>(_history.Count.ToString(CultureInfo.InvariantCulture));
        }
    }

    public Task<IReadOnlyList<StoredCommission>> HistoryAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<StoredCommission>>([.. _history]);
        }
    }
}
