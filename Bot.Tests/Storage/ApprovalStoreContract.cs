using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.Approvals.Voting;
using ProgramaBot.Commission;
using ProgramaBot.Tests.Approvals;

namespace ProgramaBot.Tests.Storage;

/// <summary>What every approval store must do; run against SQLite and against Azure Tables (Azurite).</summary>
public abstract partial class ApprovalStoreContract
{
    protected abstract IApprovalStore CreateStore();

    [Fact]
    public async Task CreatedRequestReadsBackWithItsAuditAndNoVotes()
    {
        var store = CreateStore();
        var request = ApprovalTestData.Request("SOL-ROUNDTRIP");

        Assert.True(await store.CreateAsync(request, [ApprovalTestData.Created()], default));

        var snapshot = await store.GetAsync(request.Id, default);
        Assert.NotNull(snapshot);
        Assert.Equal(1, snapshot.Request.Version);
        Assert.Equal(request.Title, snapshot.Request.Title);
        Assert.Equal("C. Rosa María Gallegos Ibarra", snapshot.Request.Fields["miembro"]);
        Assert.Equal(request.CreatedAt, snapshot.Request.CreatedAt);
        Assert.Empty(snapshot.Votes);
        var audit = Assert.Single(await store.GetAuditAsync(request.Id, default));
        Assert.Equal(AuditEntry.Created, audit.Action);
        Assert.Equal("personal-chat", audit.ConversationId);
    }

    [Fact]
    public async Task CreatingTheSameIdTwiceKeepsTheFirst()
    {
        var store = CreateStore();
        Assert.True(await store.CreateAsync(ApprovalTestData.Request("SOL-TWICE"), [ApprovalTestData.Created()], default));

        Assert.False(await store.CreateAsync(ApprovalTestData.Request("SOL-TWICE") with { Title = "otra" }, [ApprovalTestData.Created()], default));

        Assert.NotEqual("otra", (await store.GetAsync("SOL-TWICE", default))!.Request.Title);
        Assert.Single(await store.GetAuditAsync("SOL-TWICE", default));
    }

    [Fact]
    public async Task UnknownRequestIsNull()
        => Assert.Null(await CreateStore().GetAsync("SOL-NOPE", default));

    [Fact]
    public async Task CommitAppliesRequestVoteAndAuditTogether()
    {
        var store = CreateStore();
        var request = ApprovalTestData.Request("SOL-COMMIT");
        await store.CreateAsync(request, [ApprovalTestData.Created()], default);
        var vote = new Vote("member-1", "Integrante 1", VoteChoice.Approve, "de acuerdo", ApprovalTestData.Now, "19:commission");

        Assert.True(await store.TryCommitAsync(new ApprovalChange(request, 1, vote, [Audit("voted")], ApprovalTestData.Now), default));

        var snapshot = (await store.GetAsync(request.Id, default))!;
        Assert.Equal(2, snapshot.Request.Version);
        Assert.Equal(vote, Assert.Single(snapshot.Votes));
        Assert.Equal([AuditEntry.Created, "voted"], (await store.GetAuditAsync(request.Id, default)).Select(a => a.Action));
    }

    [Fact]
    public async Task CommitWithAnOldVersionChangesNothing()
    {
        var store = CreateStore();
        var request = ApprovalTestData.Request("SOL-CONFLICT");
        await store.CreateAsync(request, [ApprovalTestData.Created()], default);
        var first = new Vote("member-1", "Integrante 1", VoteChoice.Approve, null, ApprovalTestData.Now, null);
        var second = new Vote("member-2", "Integrante 2", VoteChoice.Reject, null, ApprovalTestData.Now, null);
        Assert.True(await store.TryCommitAsync(new ApprovalChange(request, 1, first, [Audit("first")], ApprovalTestData.Now), default));

        Assert.False(await store.TryCommitAsync(new ApprovalChange(request with { Status = RequestStatus.Rejected }, 1, second, [Audit("second")], ApprovalTestData.Now), default));

        var snapshot = (await store.GetAsync(request.Id, default))!;
        Assert.Equal(RequestStatus.Open, snapshot.Request.Status);
        Assert.Equal(2, snapshot.Request.Version);
        Assert.Equal(first, Assert.Single(snapshot.Votes));
        Assert.DoesNotContain("second", (await store.GetAuditAsync(request.Id, default)).Select(a => a.Action));
    }

    [Fact]
    public async Task ChangedVoteReplacesTheVoteAndAppendsToTheAudit()
    {
        var store = CreateStore();
        var request = ApprovalTestData.Request("SOL-CHANGE");
        await store.CreateAsync(request, [ApprovalTestData.Created()], default);
        var approve = new Vote("member-1", "Integrante 1", VoteChoice.Approve, null, ApprovalTestData.Now, null);
        await store.TryCommitAsync(new ApprovalChange(request, 1, approve, [Audit("a")], ApprovalTestData.Now), default);

        await store.TryCommitAsync(new ApprovalChange(request, 2, approve with { Choice = VoteChoice.Reject }, [Audit("b")], ApprovalTestData.Now), default);

        var snapshot = (await store.GetAsync(request.Id, default))!;
        Assert.Equal(VoteChoice.Reject, Assert.Single(snapshot.Votes).Choice);
        var audit = await store.GetAuditAsync(request.Id, default);
        Assert.Equal([AuditEntry.Created, "a", "b"], audit.Select(a => a.Action));
        Assert.Equal(audit.Select(a => a.Sequence).Order(), audit.Select(a => a.Sequence));
        Assert.Equal(3, audit.Select(a => a.Sequence).Distinct().Count());
    }

    [Fact]
    public async Task OnlyOpenRequestsAreListedAsOpen()
    {
        var store = CreateStore();
        await store.CreateAsync(ApprovalTestData.Request("SOL-OPEN"), [ApprovalTestData.Created()], default);
        var closed = ApprovalTestData.Request("SOL-CLOSED");
        await store.CreateAsync(closed, [ApprovalTestData.Created()], default);
        await store.TryCommitAsync(new ApprovalChange(closed with { Status = RequestStatus.Approved, DecidedAt = ApprovalTestData.Now }, 1, null, [Audit("decided")], ApprovalTestData.Now), default);

        var open = await store.ListOpenAsync(default);

        Assert.Equal(["SOL-OPEN"], open.Select(s => s.Request.Id));
    }

    [Fact]
    public async Task ManySimultaneousVotesOnManyRequestsAreEachCountedOnceAndEachDecisionCommittedOnce()
    {
        const int requests = 8;
        var members = ApprovalTestData.Members(6);
        // Unanimity with everyone approving: the decision can only come with the last vote, so every vote must land.
        var roster = ApprovalTestData.Roster(members, DecisionRule.Unanimity);
        var store = new InterleavingStore(CreateStore());
        var recorder = new VoteRecorder(store, roster, new FakeTimeProvider(ApprovalTestData.Now), NullLogger<VoteRecorder>.Instance);
        var ids = Enumerable.Range(1, requests).Select(i => $"SOL-CONC-{i:D2}").ToList();
        foreach (var id in ids)
        {
            await store.CreateAsync(ApprovalTestData.Request(id, DecisionRule.Unanimity), [ApprovalTestData.Created()], default);
        }

        using var start = new SemaphoreSlim(0);
        var votes = ids.SelectMany(id => members.Select(member => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await recorder.CastAsync(new CardState(id, 1, null), member, VoteChoice.Approve, null, "19:commission", default);
        }))).ToList();
        start.Release(votes.Count);
        var outcomes = await Task.WhenAll(votes);

        Assert.All(outcomes, o => Assert.Equal(VoteResultKind.Recorded, o.Kind));
        Assert.Equal(requests, outcomes.Count(o => o.DecidedNow));
        foreach (var id in ids)
        {
            var snapshot = (await store.GetAsync(id, default))!;
            Assert.Equal(RequestStatus.Approved, snapshot.Request.Status);
            Assert.Equal(1 + members.Count, snapshot.Request.Version);
            Assert.Equal(members.Select(m => m.Key).Order(), snapshot.Votes.Select(v => v.MemberKey).Order());
            var audit = await store.GetAuditAsync(id, default);
            Assert.Equal(members.Count, audit.Count(a => a.Action == AuditEntry.Voted));
            Assert.Equal(1, audit.Count(a => a.Action == AuditEntry.Decided));
            Assert.Equal(1, outcomes.Count(o => o.DecidedNow && o.Snapshot!.Request.Id == id));
        }
    }

    [Fact]
    public async Task SimultaneousVotesUnderMajorityDecideOnceAndRefuseTheRest()
    {
        var members = ApprovalTestData.Members(5);
        var roster = ApprovalTestData.Roster(members);
        var store = new InterleavingStore(CreateStore());
        var recorder = new VoteRecorder(store, roster, new FakeTimeProvider(ApprovalTestData.Now), NullLogger<VoteRecorder>.Instance);
        await store.CreateAsync(ApprovalTestData.Request("SOL-MAJ"), [ApprovalTestData.Created()], default);

        var outcomes = await Task.WhenAll(members.Select(m => Task.Run(() =>
            recorder.CastAsync(new CardState("SOL-MAJ", 1, null), m, VoteChoice.Reject, null, null, default))));

        var snapshot = (await store.GetAsync("SOL-MAJ", default))!;
        Assert.Equal(RequestStatus.Rejected, snapshot.Request.Status);
        Assert.Single(outcomes, o => o.DecidedNow);
        // Exactly three rejections decide a roster of five; the others arrive after the decision and are refused.
        Assert.Equal(3, outcomes.Count(o => o.Kind == VoteResultKind.Recorded));
        Assert.Equal(2, outcomes.Count(o => o.Kind == VoteResultKind.AlreadyDecided));
        Assert.Equal(3, snapshot.Votes.Count);
    }

    private static AuditEntry Audit(string action) => new(ApprovalTestData.Now, "Integrante 1", "member-1", action, null, "19:commission");
}
