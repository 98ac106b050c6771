using Microsoft.Extensions.Time.Testing;
using ProgramaBot.Conversation;
using ProgramaBot.Storage.AzureTables;
using ProgramaBot.Storage.Sqlite;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Storage;

/// <summary>The conversation memory behaves the same in SQLite and Azure Tables, and two instances on one store share it.</summary>
public abstract class ConversationSubjectStoreContract
{
    private static readonly DateTimeOffset At = new(2021, 9, 15, 15, 0, 0, TimeSpan.Zero);

    protected abstract IConversationSubjectStore CreateStore();

    [Fact]
    public async Task TheLastSubjectReplacesTheOneBeforeAndIsKeptPerConversation()
    {
        var store = CreateStore();
        const string conversation = "19:comisión/spen#1?@thread.tacv2";

        await store.UpsertAsync(conversation, new ConversationSubject(SubjectKinds.OrdinarySession, "3", null, At), default);
        await store.UpsertAsync(conversation, new ConversationSubject(SubjectKinds.Objective, "2.6", 2021, At), default);

        Assert.Equal(new ConversationSubject(SubjectKinds.Objective, "2.6", 2021, At), await store.GetAsync(conversation, default));
        Assert.Null(await store.GetAsync("a:otra", default));
    }

    [Fact]
    public async Task AnotherInstanceRemembersAndHalfAnHourLaterBothForget()
    {
        var time = new FakeTimeProvider(At);
        var store = CreateStore();
        var first = new ConversationMemory(store, time);
        var second = new ConversationMemory(store, time);

        await first.RememberAsync("a:personal", new ConversationSubject(SubjectKinds.ActionLine, "3.5.2", null, At), default);
        Assert.Equal("3.5.2", (await second.RecallAsync("a:personal", default))?.Number);

        time.Advance(ConversationMemory.Lifetime + TimeSpan.FromSeconds(1));
        Assert.Null(await second.RecallAsync("a:personal", default));
    }
}

public sealed class SqliteConversationSubjectStoreTests : ConversationSubjectStoreContract, IDisposable
{
    private readonly TempSqliteDatabase _sqlite = new();

    protected override IConversationSubjectStore CreateStore() => new SqliteConversationSubjectStore(_sqlite.Database);

    public void Dispose() => _sqlite.Dispose();
}

[Collection(AzuriteTests.Name)]
public sealed class TableConversationSubjectStoreTests(AzuriteFixture azurite) : ConversationSubjectStoreContract
{
    protected override IConversationSubjectStore CreateStore() => new TableConversationSubjectStore(azurite.FreshTables());
}
