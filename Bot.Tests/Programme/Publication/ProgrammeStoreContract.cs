using ProgramaBot.Programme.Publication;

namespace ProgramaBot.Tests.Programme.Publication;

/// <summary>What every programme store must do; run against SQLite and against Azurite.</summary>
public abstract class ProgrammeStoreContract
{
    protected abstract IProgrammeStore CreateStore();

    [Fact]
    public async Task ADraftIsKeptWholeUntilDiscarded()
    {
        var store = CreateStore();
        var draft = PublicationTestData.Draft(notPlaced: ["Un párrafo que no se ubicó."]);

        await store.SaveDraftAsync(draft, default);
        var read = await store.GetDraftAsync(draft.Id, default);

        Assert.NotNull(read);
        Assert.Equal(draft.ProgrammeJson, read.ProgrammeJson);
        Assert.Equal(["Un párrafo que no se ubicó."], read.Report.NotPlaced);
        Assert.Equal(draft.Report.Parts, read.Report.Parts);
        Assert.True(await store.DeleteDraftAsync(draft.Id, default));
        Assert.Null(await store.GetDraftAsync(draft.Id, default));
        Assert.False(await store.DeleteDraftAsync(draft.Id, default));
    }

    [Fact]
    public async Task SavingADraftAgainReplacesIt()
    {
        var store = CreateStore();
        var draft = PublicationTestData.Draft();
        await store.SaveDraftAsync(draft, default);

        await store.SaveDraftAsync(draft with { RequestId = "SOL-0123456789AB" }, default);

        Assert.Equal("SOL-0123456789AB", (await store.GetDraftAsync(draft.Id, default))!.RequestId);
    }

    [Fact]
    public async Task ADraftLargerThanOneTablePropertyIsStoredWhole()
    {
        var store = CreateStore();
        // Random text barely compresses: well over 64 KiB even gzipped, so it must span several parts.
        var noise = Enumerable.Range(0, 40).Select(_ => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6000))).ToArray();
        var draft = PublicationTestData.Draft(notPlaced: noise);

        await store.SaveDraftAsync(draft, default);

        Assert.Equal(noise, (await store.GetDraftAsync(draft.Id, default))!.Report.NotPlaced);
    }

    [Fact]
    public async Task EveryPublicationIsKeptOnceInOrderWithWhoAndWhen()
    {
        var store = CreateStore();
        Assert.Equal(0, await store.CountPublishedAsync(default));
        var first = PublicationTestData.Published("SOL-AAAAAAAAAAAA", PublicationTestData.ImportedAt.AddDays(2));
        var second = PublicationTestData.Published("SOL-BBBBBBBBBBBB", PublicationTestData.ImportedAt.AddDays(1),
            PublicationTestData.Programme2026Json("Programa Anual de Trabajo 2026, versión corregida"));

        Assert.True(await store.PublishAsync(first, default));
        Assert.True(await store.PublishAsync(second, default));
        Assert.False(await store.PublishAsync(first with { PublishedAt = first.PublishedAt.AddHours(1) }, default));

        var history = await store.ListPublishedAsync(default);
        Assert.Equal(["SOL-BBBBBBBBBBBB", "SOL-AAAAAAAAAAAA"], history.Select(p => p.RequestId));
        Assert.Equal(first, history[1]);
        Assert.Equal(2, await store.CountPublishedAsync(default));
    }

    [Fact]
    public async Task TheBuiltInProgrammeFitsAsAPublication()
    {
        var store = CreateStore();
        var json = await File.ReadAllTextAsync(Support.Repo.PathOf("Bot", "Programme", "Data", "programa-2021.json"));

        await store.PublishAsync(PublicationTestData.Published("SOL-2021", PublicationTestData.ImportedAt, json, 2021), default);

        Assert.Equal(json, Assert.Single(await store.ListPublishedAsync(default)).ProgrammeJson);
    }
}

public sealed class SqliteProgrammeStoreTests : ProgrammeStoreContract, IDisposable
{
    private readonly Storage.TempSqliteDatabase _sqlite = new();

    protected override IProgrammeStore CreateStore() => new ProgramaBot.Storage.Sqlite.SqliteProgrammeStore(_sqlite.Database);

    public void Dispose() => _sqlite.Dispose();
}

[Collection(Support.AzuriteTests.Name)]
public sealed class TableProgrammeStoreTests(Support.AzuriteFixture azurite) : ProgrammeStoreContract
{
    private readonly ProgramaBot.Storage.AzureTables.TableClients _tables = new(Microsoft.Extensions.Options.Options.Create(
        new ProgramaBot.Storage.AzureTables.AzureTablesOptions
        {
            ConnectionString = azurite.ConnectionString,
            TablePrefix = "P" + Guid.NewGuid().ToString("N"),
        }));

    protected override IProgrammeStore CreateStore() => new ProgramaBot.Storage.AzureTables.TableProgrammeStore(_tables);
}
