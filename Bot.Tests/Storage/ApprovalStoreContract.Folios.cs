using ProgramaBot.Approvals.Creation;
using ProgramaBot.Approvals.Storage;

namespace ProgramaBot.Tests.Storage;

/// <summary>Folios: sequential per year, one per token, never the same number twice however many instances ask at once.</summary>
public abstract partial class ApprovalStoreContract
{
    /// <summary>The folio counter of the same storage as <see cref="CreateStore"/>.</summary>
    protected abstract IRequestFolios CreateFolios();

    /// <summary>Another instance's folio counter over the same storage (its own connections or clients).</summary>
    protected abstract IRequestFolios CreateSiblingFolios();

    [Fact]
    public async Task FoliosAreSequentialWithinAYearAndStartAtOneEachYear()
    {
        var folios = CreateFolios();

        var taken = new List<string>();
        foreach (var year in new[] { 2026, 2026, 2026, 2027, 2026, 2027 })
        {
            taken.Add(await folios.TakeAsync(year, null, default));
        }

        Assert.Equal(["SOL-2026-001", "SOL-2026-002", "SOL-2026-003", "SOL-2027-001", "SOL-2026-004", "SOL-2027-002"], taken);
    }

    [Fact]
    public async Task ATokenTakesOneFolioHoweverOftenItAsks()
    {
        var folios = CreateFolios();
        var token = RequestIds.NewToken();
        Assert.Null(await folios.FindAsync(token, default));

        var first = await folios.TakeAsync(2026, token, default);
        var again = await CreateSiblingFolios().TakeAsync(2026, token, default);

        Assert.Equal(("SOL-2026-001", "SOL-2026-001"), (first, again));
        Assert.Equal("SOL-2026-001", await folios.FindAsync(token, default));
        // Asking again did not move the counter.
        Assert.Equal("SOL-2026-002", await folios.TakeAsync(2026, RequestIds.NewToken(), default));
    }

    [Fact]
    public async Task ManyCreationsAtOnceOnTwoInstancesGetConsecutiveFoliosWithoutDuplicates()
    {
        const int creations = 40;
        IRequestFolios[] instances = [CreateFolios(), CreateSiblingFolios()];

        var taken = await Task.WhenAll(Enumerable.Range(0, creations).Select(i =>
            Task.Run(() => instances[i % 2].TakeAsync(2026, i % 3 == 0 ? null : RequestIds.NewToken(), default))));

        Assert.Equal(Enumerable.Range(1, creations).Select(n => RequestIds.Folio(2026, n)), taken.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheSameTokenFromManyInstancesAtOnceTakesOneFolio()
    {
        IRequestFolios[] instances = [CreateFolios(), CreateSiblingFolios()];
        var token = RequestIds.NewToken();

        var taken = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => instances[i % 2].TakeAsync(2026, token, default))));

        Assert.Equal(["SOL-2026-001"], taken.Distinct());
        Assert.Equal("SOL-2026-002", await instances[0].TakeAsync(2026, null, default));
    }
}
