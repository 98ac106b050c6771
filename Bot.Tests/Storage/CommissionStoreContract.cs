using ProgramaBot.BotFramework.References;
using ProgramaBot.Commission;
using ProgramaBot.Tests.Approvals;

namespace ProgramaBot.Tests.Storage;

/// <summary>What every commission store must do, run against SQLite and against Azurite.</summary>
public abstract class CommissionStoreContract
{
    protected abstract ICommissionStore CreateStore();

    [Fact]
    public async Task NothingIsStoredUntilTheFirstSetUp()
    {
        var store = CreateStore();

        Assert.Null(await store.GetAsync(default));
        Assert.Empty(await store.HistoryAsync(default));
    }

    [Fact]
    public async Task ASavedSetUpReadsBackWholeWithTitlesGendersAndTheConversationReference()
    {
        var store = CreateStore();
        var saved = SetUp("Secretario Técnico", 3);

        var version = await store.TrySaveAsync(saved, null, default);

        var read = await store.GetAsync(default);
        Assert.NotNull(version);
        Assert.Equal(version, read!.Version);
        Assert.Equal(1, read.Value.Revision);
        Assert.Equal(saved.Members, read.Value.Members);
        Assert.Equal("Consejera Electoral", read.Value.Members[1].Title);
        Assert.Equal(CommissionMember.Female, read.Value.Members[1].Gender);
        Assert.Equal(saved.SecretarioTecnico, read.Value.SecretarioTecnico);
        Assert.Equal(saved.Conversation, read.Value.Conversation);
        Assert.Equal(saved.SavedAt, read.Value.SavedAt);
    }

    [Fact]
    public async Task EverySaveIsKeptInTheHistoryWithWhoAndWhen()
    {
        var store = CreateStore();
        var first = await store.TrySaveAsync(SetUp("Primera", 3), null, default);
        var second = await store.TrySaveAsync(SetUp("Segunda", 2) with { SavedAt = ApprovalTestData.Now.AddDays(1) }, first, default);

        var history = await store.HistoryAsync(default);

        Assert.NotNull(second);
        Assert.Equal([1, 2], history.Select(h => h.Revision));
        Assert.Equal(["Primera", "Segunda"], history.Select(h => h.SavedBy));
        Assert.Equal([3, 2], history.Select(h => h.Members.Count));
        Assert.Equal(2, (await store.GetAsync(default))!.Value.Revision);
    }

    [Fact]
    public async Task ASaveOverAnOutdatedVersionLosesAndChangesNothing()
    {
        var store = CreateStore();
        var first = await store.TrySaveAsync(SetUp("Primera", 3), null, default);
        Assert.NotNull(await store.TrySaveAsync(SetUp("Segunda", 2), first, default));

        Assert.Null(await store.TrySaveAsync(SetUp("Tardía", 1), first, default));
        Assert.Null(await store.TrySaveAsync(SetUp("Otra primera", 1), null, default));

        Assert.Equal("Segunda", (await store.GetAsync(default))!.Value.SavedBy);
        Assert.Equal(2, (await store.HistoryAsync(default)).Count);
    }

    [Fact]
    public async Task OfTwoSimultaneousFirstSetUpsExactlyOneIsSaved()
    {
        var store = CreateStore();

        var results = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Task.Run(() => store.TrySaveAsync(SetUp($"ST {i}", 2), null, default))));

        Assert.Single(results, r => r is not null);
        Assert.Single(await store.HistoryAsync(default));
    }

    private static StoredCommission SetUp(string savedBy, int voters) => new()
    {
        Revision = 0,
        Members =
        [
            .. ApprovalTestData.Members(voters).Select((m, i) => m with
            {
                Title = i == 0 ? "Presidente" : "Consejera Electoral",
                Gender = i == 0 ? CommissionMember.Male : CommissionMember.Female,
            }),
        ],
        SecretarioTecnico = new CommissionMember
        {
            Name = "Mtro. Secretario", TeamsId = "29:st", AadObjectId = "aad-st", Role = CommissionRole.SecretariaTecnica,
            Title = "Secretario Técnico", Gender = CommissionMember.Male,
        },
        ConversationId = "19:comision@thread.tacv2",
        Conversation = new ConversationReference
        {
            ConversationId = "19:comision@thread.tacv2", ServiceUrl = "https://smba.example/amer/", ConversationType = "channel",
            TenantId = "tenant-1", BotId = "28:bot", UpdatedAt = ApprovalTestData.Now,
        },
        SavedAt = ApprovalTestData.Now,
        SavedBy = savedBy,
        SavedById = "aad-st",
    };
}
