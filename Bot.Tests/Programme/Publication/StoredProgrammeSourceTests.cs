using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ProgramaBot.Programme;
using ProgramaBot.Programme.Publication;
using ProgramaBot.Storage.Sqlite;
using ProgramaBot.Tests.Storage;

namespace ProgramaBot.Tests.Programme.Publication;

/// <summary>The files overlaid with what is published, noticed on a timer, and never lost to a bad stored programme.</summary>
public sealed class StoredProgrammeSourceTests : IDisposable
{
    private readonly TempSqliteDatabase _sqlite = new();
    private readonly FakeTimeProvider _time = new(PublicationTestData.ImportedAt);
    private readonly ProgrammeCatalog _files = ProgrammeCatalog.LoadFiles([Path.Combine(AppContext.BaseDirectory, ProgrammeOptions.BuiltInFile)]);

    private SqliteProgrammeStore Store => new(_sqlite.Database);

    private StoredProgrammeSource NewSource() => new(_files, Store, _time,
        Options.Create(new PublicationOptions { RefreshInterval = TimeSpan.FromSeconds(5) }), NullLogger<StoredProgrammeSource>.Instance);

    [Fact]
    public async Task APublicationIsServedAfterTheNextCheckAndTheLatestOfAYearWins()
    {
        using var source = NewSource();
        await source.StartAsync(default);
        var changes = new List<ProgrammeCatalog>();
        source.Changed += changes.Add;
        Assert.Equal([2021], source.Current.All.Select(p => p.Year));

        await Store.PublishAsync(PublicationTestData.Published("SOL-000000000001", _time.GetUtcNow()), default);
        await Store.PublishAsync(PublicationTestData.Published("SOL-000000000002", _time.GetUtcNow().AddMinutes(1),
            PublicationTestData.Programme2026Json("Programa Anual de Trabajo 2026, versión corregida")), default);
        Assert.Equal([2021], source.Current.All.Select(p => p.Year));

        Assert.True(await source.RefreshAsync(default));

        Assert.Equal([2021, 2026], source.Current.All.Select(p => p.Year));
        Assert.Equal("Programa Anual de Trabajo 2026, versión corregida", source.Current.ForYear(2026)!.Title);
        Assert.Same(source.Current, Assert.Single(changes));
        Assert.False(await source.RefreshAsync(default)); // nothing new: no rebuild, no event
    }

    [Fact]
    public async Task TheTimerNoticesAPublicationWithoutAnyoneAsking()
    {
        using var source = NewSource();
        await source.StartAsync(default);
        var changed = new TaskCompletionSource<ProgrammeCatalog>(TaskCreationOptions.RunContinuationsAsynchronously);
        source.Changed += c => changed.TrySetResult(c);

        await Store.PublishAsync(PublicationTestData.Published("SOL-000000000003", _time.GetUtcNow()), default);
        _time.Advance(TimeSpan.FromSeconds(5));

        var catalog = await changed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(catalog.ForYear(2026));
    }

    [Fact]
    public async Task AnInvalidStoredProgrammeIsSkippedAndTheYearKeepsItsPreviousProgramme()
    {
        using var source = NewSource();
        await Store.PublishAsync(PublicationTestData.Published("SOL-000000000004", _time.GetUtcNow()), default);
        await source.StartAsync(default);
        var good = source.Current;

        // A later publication of 2026 whose body is not a valid programme (a session in month 14).
        await Store.PublishAsync(PublicationTestData.Published("SOL-000000000005", _time.GetUtcNow().AddMinutes(1),
            PublicationTestData.Programme2026Json().Replace("\"month\": 10", "\"month\": 14", StringComparison.Ordinal)), default);
        await source.RefreshAsync(default);

        Assert.Equal("Programa Anual de Trabajo 2026", source.Current.ForYear(2026)!.Title);
        Assert.Equal(good.All.Select(p => p.Title), source.Current.All.Select(p => p.Title));
    }

    [Fact]
    public async Task UnreadableStorageKeepsTheCatalogAlreadyServed()
    {
        using var source = new StoredProgrammeSource(_files, new FailingStore(), _time, Options.Create(new PublicationOptions()),
            NullLogger<StoredProgrammeSource>.Instance);

        await source.StartAsync(default);

        Assert.False(await source.RefreshAsync(default));
        Assert.Same(_files, source.Current);
    }

    public void Dispose() => _sqlite.Dispose();

    /// <summary>Storage that is down: every call fails as a network error would.</summary>
    private sealed class FailingStore : IProgrammeStore
    {
        public Task SaveDraftAsync(ProgrammeDraft draft, CancellationToken cancellationToken) => Fail<bool>();
        public Task<ProgrammeDraft?> GetDraftAsync(string draftId, CancellationToken cancellationToken) => Fail<ProgrammeDraft?>();
        public Task<bool> DeleteDraftAsync(string draftId, CancellationToken cancellationToken) => Fail<bool>();
        public Task<bool> PublishAsync(PublishedProgramme programme, CancellationToken cancellationToken) => Fail<bool>();
        public Task<IReadOnlyList<PublishedProgramme>> ListPublishedAsync(CancellationToken cancellationToken) => Fail<IReadOnlyList<PublishedProgramme>>();
        public Task<long> CountPublishedAsync(CancellationToken cancellationToken) => Fail<long>();

        private static Task<T> Fail<T>() => Task.FromException<T>(new HttpRequestException("storage unreachable"));
    }
}
