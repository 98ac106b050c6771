using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.Tests.Approvals;

namespace ProgramaBot.Tests.Storage;

/// <summary>The publication state (the outbox of a request's card and announcement) every approval store must keep.</summary>
public abstract partial class ApprovalStoreContract
{
    private static readonly DateTimeOffset Later = ApprovalTestData.Now.AddMinutes(5);

    /// <summary>Makes the request look as it did in a database from before publications were tracked.</summary>
    protected abstract Task ForgetPublicationAsync(string requestId);

    [Fact]
    public async Task ACreatedRequestIsPublishedAtItsFirstVersion()
    {
        var store = CreateStore();
        await store.CreateAsync(ApprovalTestData.Request("SOL-PUB-NEW"), [ApprovalTestData.Created()], default);

        var stored = await store.GetPublicationAsync("SOL-PUB-NEW", default);

        Assert.NotNull(stored);
        Assert.Equal("SOL-PUB-NEW", stored.RequestId);
        Assert.Equal(new RequestPublication(1, 1, false, ApprovalTestData.Now), stored.Publication);
        Assert.False(stored.Publication.IsBehind);
        Assert.DoesNotContain(await store.ListBehindPublicationsAsync(default), p => p.RequestId == "SOL-PUB-NEW");
        Assert.Null(await store.GetPublicationAsync("SOL-PUB-NONE", default));
    }

    [Fact]
    public async Task ACommitPutsThePublicationBehindInTheSameWrite()
    {
        var store = CreateStore();
        var request = ApprovalTestData.Request("SOL-PUB-COMMIT");
        await store.CreateAsync(request, [ApprovalTestData.Created()], default);

        Assert.True(await store.TryCommitAsync(new ApprovalChange(request, 1, VoteOf("member-1"), [Audit("voted")], Later), default));

        var afterVote = (await store.GetPublicationAsync(request.Id, default))!.Publication;
        Assert.Equal(new RequestPublication(2, 1, false, Later), afterVote);
        Assert.True(afterVote.CardIsBehind);

        var decided = request with { Status = RequestStatus.Approved, DecidedAt = Later.AddMinutes(1) };
        Assert.True(await store.TryCommitAsync(new ApprovalChange(decided, 2, VoteOf("member-2"), [Audit("decided")], Later.AddMinutes(1)), default));

        var afterDecision = (await store.GetPublicationAsync(request.Id, default))!.Publication;
        Assert.Equal(new RequestPublication(3, 1, true, Later.AddMinutes(1)), afterDecision);
        Assert.True(afterDecision.AnnouncementIsPending);
    }

    [Fact]
    public async Task ALostCommitLeavesThePublicationAsItWas()
    {
        var store = CreateStore();
        var request = ApprovalTestData.Request("SOL-PUB-LOST");
        await store.CreateAsync(request, [ApprovalTestData.Created()], default);
        await store.TryCommitAsync(new ApprovalChange(request, 1, VoteOf("member-1"), [Audit("first")], Later), default);
        var before = await store.GetPublicationAsync(request.Id, default);

        Assert.False(await store.TryCommitAsync(
            new ApprovalChange(request with { Status = RequestStatus.Rejected }, 1, VoteOf("member-2"), [Audit("second")], Later.AddHours(1)), default));

        Assert.Equal(before, await store.GetPublicationAsync(request.Id, default));
    }

    [Fact]
    public async Task OfTwoPublishersHoldingTheSameTokenOnlyOneWrites()
    {
        var store = CreateStore();
        var request = ApprovalTestData.Request("SOL-PUB-CAS");
        await store.CreateAsync(request, [ApprovalTestData.Created()], default);
        await store.TryCommitAsync(new ApprovalChange(request with { Status = RequestStatus.Approved }, 1, VoteOf("member-1"), [Audit("decided")], Later), default);
        var read = (await store.GetPublicationAsync(request.Id, default))!;

        var first = await store.TryReplacePublicationAsync(request.Id, read.Publication with { AnnounceClaimUntil = Later.AddMinutes(2) }, read.Token, default);
        var second = await store.TryReplacePublicationAsync(request.Id, read.Publication with { AnnounceClaimUntil = Later.AddMinutes(3) }, read.Token, default);

        Assert.NotNull(first);
        Assert.Null(second);
        var stored = (await store.GetPublicationAsync(request.Id, default))!;
        Assert.Equal(Later.AddMinutes(2), stored.Publication.AnnounceClaimUntil);
        Assert.Equal(first, stored.Token);

        // The winner's new token works; the one it replaced does not.
        Assert.NotNull(await store.TryReplacePublicationAsync(request.Id, stored.Publication with { AnnouncedAt = Later }, first, default));
        Assert.Null(await store.TryReplacePublicationAsync(request.Id, stored.Publication, read.Token, default));
        Assert.Equal(Later, (await store.GetPublicationAsync(request.Id, default))!.Publication.AnnouncedAt);
    }

    [Fact]
    public async Task ACommitMakesAPublishersTokenStale()
    {
        var store = CreateStore();
        var request = ApprovalTestData.Request("SOL-PUB-RACE");
        await store.CreateAsync(request, [ApprovalTestData.Created()], default);
        await store.TryCommitAsync(new ApprovalChange(request, 1, VoteOf("member-1"), [Audit("first")], Later), default);
        var read = (await store.GetPublicationAsync(request.Id, default))!;

        await store.TryCommitAsync(new ApprovalChange(request, 2, VoteOf("member-2"), [Audit("second")], Later), default);

        Assert.Null(await store.TryReplacePublicationAsync(request.Id, read.Publication with { CardVersion = 2 }, read.Token, default));
        Assert.Equal(new RequestPublication(3, 1, false, Later), (await store.GetPublicationAsync(request.Id, default))!.Publication);
    }

    [Fact]
    public async Task ACommitKeepsWhatPublishersWrote()
    {
        var store = CreateStore();
        var request = ApprovalTestData.Request("SOL-PUB-KEEP");
        await store.CreateAsync(request, [ApprovalTestData.Created()], default);
        await store.TryCommitAsync(new ApprovalChange(request, 1, VoteOf("member-1"), [Audit("first")], Later), default);
        var read = (await store.GetPublicationAsync(request.Id, default))!;
        var published = read.Publication with { CardVersion = 2, AnnouncedAt = Later.AddSeconds(1), AnnounceClaimUntil = Later.AddMinutes(2) };
        Assert.NotNull(await store.TryReplacePublicationAsync(request.Id, published, read.Token, default));

        await store.TryCommitAsync(new ApprovalChange(request, 2, VoteOf("member-2"), [Audit("second")], Later.AddMinutes(1)), default);

        Assert.Equal(
            new RequestPublication(3, 2, false, Later.AddMinutes(1), Later.AddSeconds(1), Later.AddMinutes(2)),
            (await store.GetPublicationAsync(request.Id, default))!.Publication);
    }

    [Fact]
    public async Task OnlyPublicationsThatAreBehindAreListed()
    {
        var store = CreateStore();
        foreach (var id in new[] { "SOL-PUB-A", "SOL-PUB-B", "SOL-PUB-C", "SOL-PUB-D", "SOL-PUB-E" })
        {
            await store.CreateAsync(ApprovalTestData.Request(id), [ApprovalTestData.Created()], default);
        }

        // A: as created. B: a vote whose card was not sent. C: a vote whose card was sent.
        // D: decided, card sent, not announced. E: decided, card sent, announced.
        await store.TryCommitAsync(new ApprovalChange(ApprovalTestData.Request("SOL-PUB-B"), 1, VoteOf("member-1"), [Audit("voted")], Later), default);
        await CommitAndPublishAsync(store, "SOL-PUB-C", RequestStatus.Open, announced: false);
        await CommitAndPublishAsync(store, "SOL-PUB-D", RequestStatus.Approved, announced: false);
        await CommitAndPublishAsync(store, "SOL-PUB-E", RequestStatus.Rejected, announced: true);

        var behind = await store.ListBehindPublicationsAsync(default);

        Assert.Equal(["SOL-PUB-B", "SOL-PUB-D"], behind.Select(p => p.RequestId).Order(StringComparer.Ordinal));
        Assert.Equal(await store.GetPublicationAsync("SOL-PUB-D", default), behind.Single(p => p.RequestId == "SOL-PUB-D"));
    }

    [Fact]
    public async Task ARequestStoredBeforePublicationsWereTrackedCountsAsPublishedUntilItChanges()
    {
        var store = CreateStore();
        var request = ApprovalTestData.Request("SOL-PUB-OLD");
        await store.CreateAsync(request, [ApprovalTestData.Created()], default);
        await ForgetPublicationAsync(request.Id);

        Assert.Null(await store.GetPublicationAsync(request.Id, default));
        Assert.DoesNotContain(await store.ListBehindPublicationsAsync(default), p => p.RequestId == request.Id);

        Assert.True(await store.TryCommitAsync(new ApprovalChange(request, 1, VoteOf("member-1"), [Audit("voted")], Later), default));

        // Its card's version is not known: 0, so the latest is sent.
        var stored = (await store.GetPublicationAsync(request.Id, default))!;
        Assert.Equal(new RequestPublication(2, 0, false, Later), stored.Publication);
        Assert.Contains(await store.ListBehindPublicationsAsync(default), p => p.RequestId == request.Id);
    }

    private static async Task CommitAndPublishAsync(IApprovalStore store, string id, RequestStatus status, bool announced)
    {
        var request = ApprovalTestData.Request(id) with { Status = status };
        Assert.True(await store.TryCommitAsync(new ApprovalChange(request, 1, VoteOf("member-1"), [Audit("voted")], Later), default));
        var read = (await store.GetPublicationAsync(id, default))!;
        var published = read.Publication with { CardVersion = 2, AnnouncedAt = announced ? Later : null };
        Assert.NotNull(await store.TryReplacePublicationAsync(id, published, read.Token, default));
    }

    private static Vote VoteOf(string member) => new(member, member, VoteChoice.Approve, null, ApprovalTestData.Now, null);
}
