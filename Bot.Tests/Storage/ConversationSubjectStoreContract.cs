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

    [Fact]
    public async Task TheSubjectJustReadIsNotWrittenAgainButAnotherInstancesSubjectIsWrittenOver()
    {
        var time = new FakeTimeProvider(At);
        var store = new CountingStore(CreateStore());
        var first = new ConversationMemory(store, time);
        var second = new ConversationMemory(store, time);
        const string conversation = "a:personal";
        var session = new ConversationSubject(SubjectKinds.OrdinarySession, "3", null, At);

        await AnswerAsync(first, session);
        time.Advance(TimeSpan.FromSeconds(10));
        await AnswerAsync(first, session);
        Assert.Equal((1, At), (store.Writes, (await first.RecallAsync(conversation, default))?.At));

        // Another instance answers about an objective; the same session asked again here must replace it.
        await AnswerAsync(second, new ConversationSubject(SubjectKinds.Objective, "2.6", null, At));
        await AnswerAsync(first, session);
        Assert.Equal((3, "3"), (store.Writes, (await second.RecallAsync(conversation, default))?.Number));

        // Half a minute after it was stored, asking again stores it again: it lasts from then.
        time.Advance(ConversationMemory.RefreshAfter);
        await AnswerAsync(first, session);
        Assert.Equal(4, store.Writes);
        time.Advance(ConversationMemory.Lifetime);
        Assert.Equal("3", (await second.RecallAsync(conversation, default))?.Number);

        async Task AnswerAsync(ConversationMemory memory, ConversationSubject subject)
            => await memory.RememberAsync(conversation, subject with { At = time.GetUtcNow() }, await memory.ReadAsync(conversation, default), default);
    }

    private sealed class CountingStore(IConversationSubjectStore inner) : IConversationSubjectStore
    {
        public int Writes { get; private set; }

        public Task<ConversationSubject?> GetAsync(string conversationId, CancellationToken cancellationToken) => inner.GetAsync(conversationId, cancellationToken);

        public Task UpsertAsync(string conversationId, ConversationSubject subject, CancellationToken cancellationToken)
        {
            Writes++;
            return inner.UpsertAsync(conversationId, subject, cancellationToken);
        }
    }
}

public sealed class SqliteConversationSubjectStoreTests : ConversationSubjectStoreContract, IDisposable
{
    private readonly TempSqliteDatabase _sqlite = new();

    protected override IConversationSubjectStore CreateStore() => new SqliteConversationSubjectStore(_sqlite.Database);

    /// <summary>Reads run on connections kept open with the statement prepared: each must still see the latest write.</summary>
    [Fact]
    public async Task EachReadSeesTheWriteAnotherProcessJustCommitted()
    {
        var here = CreateStore();
        var elsewhere = new SqliteConversationSubjectStore(_sqlite.SameFile());
        const string conversation = "a:personal";
        Assert.Null(await here.GetAsync(conversation, default));

        foreach (var number in new[] { "1", "2", "3" })
        {
            await elsewhere.UpsertAsync(conversation, new ConversationSubject(SubjectKinds.OrdinarySession, number, null, DateTimeOffset.UnixEpoch), default);
            Assert.Equal(number, (await here.GetAsync(conversation, default))?.Number);
            await here.UpsertAsync(conversation, new ConversationSubject(SubjectKinds.Objective, number, null, DateTimeOffset.UnixEpoch), default);
            Assert.Equal((SubjectKinds.Objective, number), (await elsewhere.GetAsync(conversation, default)) is { } seen ? (seen.Kind, seen.Number) : default);
        }
    }

    /// <summary>The memory is written without the per-commit fsync; every other write (votes, requests …) keeps it.</summary>
    [Fact]
    public async Task OnlyTheMemorysOwnConnectionGivesUpTheFsyncPerCommit()
    {
        var store = CreateStore();
        for (var i = 0; i < 3; i++)
        {
            await store.UpsertAsync($"a:{i}", new ConversationSubject(SubjectKinds.Objective, "2.6", null, DateTimeOffset.UnixEpoch), default);
        }

        for (var i = 0; i < 3; i++)
        {
            await using var connection = await _sqlite.Database.OpenAsync(default);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous";
            Assert.Equal(2L, await command.ExecuteScalarAsync()); // FULL
        }
    }

    public void Dispose() => _sqlite.Dispose();
}

[Collection(AzuriteTests.Name)]
public sealed class TableConversationSubjectStoreTests(AzuriteFixture azurite) : ConversationSubjectStoreContract
{
    protected override IConversationSubjectStore CreateStore() => new TableConversationSubjectStore(azurite.FreshTables());
}
