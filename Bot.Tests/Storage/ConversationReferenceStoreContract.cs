using ProgramaBot.BotFramework.References;
using ProgramaBot.Storage.AzureTables;
using ProgramaBot.Storage.Sqlite;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Storage;

/// <summary>Conversation references behave the same in SQLite and Azure Tables (the commission's card depends on them).</summary>
public abstract class ConversationReferenceStoreContract
{
    private static readonly DateTimeOffset At = new(2021, 9, 15, 15, 0, 0, TimeSpan.Zero);

    protected abstract IConversationReferenceStore CreateStore();

    [Fact]
    public async Task UpsertReadListDelete()
    {
        var store = CreateStore();
        var reference = new ConversationReference
        {
            ConversationId = "19:comisión/spen#1?@thread.tacv2",
            ServiceUrl = "https://smba.trafficmanager.net/amer/",
            ConversationType = "channel",
            TenantId = "tenant",
            BotId = "28:bot",
            UpdatedAt = At,
        };

        await store.UpsertAsync(reference, default);
        await store.UpsertAsync(reference with { ServiceUrl = "https://smba.trafficmanager.net/mx/" }, default);

        Assert.Equal("https://smba.trafficmanager.net/mx/", (await store.GetAsync(reference.ConversationId, default))!.ServiceUrl);
        Assert.Contains(await store.ListAsync(default), r => r.ConversationId == reference.ConversationId);
        await store.DeleteAsync(reference.ConversationId, default);
        Assert.Null(await store.GetAsync(reference.ConversationId, default));
    }
}

public sealed class SqliteConversationReferenceStoreTests : ConversationReferenceStoreContract, IDisposable
{
    private readonly TempSqliteDatabase _sqlite = new();

    protected override IConversationReferenceStore CreateStore() => new SqliteConversationReferenceStore(_sqlite.Database);

    public void Dispose() => _sqlite.Dispose();
}

[Collection(AzuriteTests.Name)]
public sealed class TableConversationReferenceStoreTests(AzuriteFixture azurite) : ConversationReferenceStoreContract
{
    protected override IConversationReferenceStore CreateStore() => new TableConversationReferenceStore(azurite.FreshTables());
}
