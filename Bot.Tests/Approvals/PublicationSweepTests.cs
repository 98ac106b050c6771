using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.Approvals.Publishing;
using ProgramaBot.Approvals.Voting;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.Approvals;

/// <summary>
/// The publication sweep repairs what no click will: a vote committed by an instance that died before publishing it,
/// a card update or announcement the Connector refused, an announcement claimed by an instance that died. Whatever runs
/// at once, the decision is announced once.
/// </summary>
public sealed class PublicationSweepTests : IAsyncLifetime
{
    private static readonly ApprovalHarness.Person M1 = ApprovalHarness.Members[0];
    private static readonly ApprovalHarness.Person M2 = ApprovalHarness.Members[1];
    private static readonly ApprovalHarness.Person M3 = ApprovalHarness.Members[2];
    private ApprovalHarness _bot = null!;
    private string _requestId = "";
    private string _cardId = "";

    public async Task InitializeAsync()
    {
        _bot = await ApprovalHarness.StartAsync();
        await _bot.JoinCommissionAsync();
        (_requestId, _cardId) = await _bot.CreateRequestAsync();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private PublicationSweepJob Sweep => _bot.Services.GetRequiredService<PublicationSweepJob>();

    private RequestPublisher Publisher => _bot.Services.GetRequiredService<RequestPublisher>();

    [Fact]
    public async Task ADecisionCommittedButNeverPublishedIsRepairedByTheSweepOnce()
    {
        await LoseDecisionAsync();

        // Within the grace period the change still belongs to the click that made it.
        Assert.Equal(0, await Sweep.RunAsync(default));
        Assert.Empty(_bot.CardUpdates(_cardId));

        _bot.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await Sweep.RunAsync(default));
        Assert.Equal(0, await Sweep.RunAsync(default));

        var put = Assert.Single(_bot.CardUpdates(_cardId));
        Assert.Equal(3, ApprovalHarness.CardVersion(put));
        Assert.Contains("APROBADA", ApprovalHarness.Json(ApprovalHarness.CardOf(put)), StringComparison.Ordinal);
        Assert.Single(_bot.AnnouncementsTo(ApprovalHarness.CommissionConversation));
        Assert.Single(_bot.AnnouncementsTo(ApprovalHarness.PersonalChat));
        Assert.Empty(await _bot.Store.ListBehindPublicationsAsync(default));
    }

    [Fact]
    public async Task SweepsAndClicksCatchingUpAtOnceAnnounceOnce()
    {
        await LoseDecisionAsync();
        _bot.Time.Advance(TimeSpan.FromMinutes(1));

        // Every Connector call takes a moment, so the publishers really overlap.
        _bot.Connector.Hold = _ => Task.Delay(50);
        await Task.WhenAll(
            Task.Run(() => Sweep.RunAsync(default)),
            Task.Run(() => Sweep.RunAsync(default)),
            Task.Run(() => Publisher.SyncAsync(_requestId, default)),
            Task.Run(() => Publisher.SyncAsync(_requestId, default)),
            Task.Run(() => _bot.InvokeAsync(M3, ApprovalHarness.CommissionConversation, _cardId, "approvals.reject", Data(version: 1))));

        Assert.Single(_bot.AnnouncementsTo(ApprovalHarness.CommissionConversation));
        Assert.Single(_bot.AnnouncementsTo(ApprovalHarness.PersonalChat));
        Assert.Equal(3, ApprovalHarness.CardVersion(_bot.CardUpdates(_cardId)[^1]));
        Assert.Empty(await _bot.Store.ListBehindPublicationsAsync(default));
    }

    [Fact]
    public async Task ACardUpdateTheConnectorRefusedIsSentAgainByTheSweep()
    {
        _bot.Connector.FailNext(new FakeBotConnector.ScriptedFailure(HttpStatusCode.InternalServerError));

        var answer = await _bot.InvokeAsync(M1, ApprovalHarness.CommissionConversation, _cardId, "approvals.approve", Data(version: 1));

        Assert.Contains("Registré tu voto", ApprovalHarness.Json(answer["value"]!), StringComparison.Ordinal);
        Assert.Single(_bot.CardUpdates(_cardId)); // refused
        _bot.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await Sweep.RunAsync(default));
        Assert.Equal(0, await Sweep.RunAsync(default));
        var updates = _bot.CardUpdates(_cardId);
        Assert.Equal(2, updates.Count);
        Assert.Equal(2, ApprovalHarness.CardVersion(updates[^1]));
    }

    [Fact]
    public async Task AnAnnouncementTheConnectorRefusedIsSentAgainByTheSweepOnce()
    {
        var refused = 0;
        _bot.Connector.Responder = call =>
            call.Method == "POST" && call.Body?["text"]?.GetValue<string>()?.Contains("decidió la solicitud", StringComparison.Ordinal) == true
            && Interlocked.Exchange(ref refused, 1) == 0
                ? new FakeBotConnector.ScriptedFailure(HttpStatusCode.InternalServerError)
                : null;

        await _bot.InvokeAsync(M1, ApprovalHarness.CommissionConversation, _cardId, "approvals.approve", Data(version: 1));
        await _bot.InvokeAsync(M2, ApprovalHarness.CommissionConversation, _cardId, "approvals.approve", Data(version: 1));

        // The commission's conversation refused it, so the requester was not told either: it is retried whole.
        Assert.Single(_bot.AnnouncementsTo(ApprovalHarness.CommissionConversation));
        Assert.Empty(_bot.AnnouncementsTo(ApprovalHarness.PersonalChat));
        _bot.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await Sweep.RunAsync(default));
        Assert.Equal(0, await Sweep.RunAsync(default));
        Assert.Equal(2, _bot.AnnouncementsTo(ApprovalHarness.CommissionConversation).Count); // the refused one, then the one taken
        Assert.Single(_bot.AnnouncementsTo(ApprovalHarness.PersonalChat));
    }

    [Fact]
    public async Task AnAnnouncementClaimedByAnInstanceThatDiedIsMadeOnceTheClaimExpires()
    {
        await LoseDecisionAsync();
        // Another instance brought the card up to date and claimed the announcement, then died before announcing.
        var stored = (await _bot.Store.GetPublicationAsync(_requestId, default))!;
        var claimed = stored.Publication with { CardVersion = 3, AnnounceClaimUntil = ApprovalTestData.Now + RequestPublisher.AnnounceLease };
        Assert.NotNull(await _bot.Store.TryReplacePublicationAsync(_requestId, claimed, stored.Token, default));

        _bot.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await Sweep.RunAsync(default));
        Assert.Empty(_bot.AnnouncementsTo(ApprovalHarness.CommissionConversation));

        _bot.Time.Advance(RequestPublisher.AnnounceLease);
        Assert.Equal(1, await Sweep.RunAsync(default));
        Assert.Single(_bot.AnnouncementsTo(ApprovalHarness.CommissionConversation));
        Assert.Empty(await _bot.Store.ListBehindPublicationsAsync(default));
    }

    /// <summary>Members 1 and 2 approve (deciding it) through an instance that dies before publishing either vote.</summary>
    private async Task LoseDecisionAsync()
    {
        await _bot.CommitWithoutPublishingAsync(M1, VoteChoice.Approve, new CardState(_requestId, 1, null));
        Assert.True((await _bot.CommitWithoutPublishingAsync(M2, VoteChoice.Approve, new CardState(_requestId, 1, null))).DecidedNow);
        Assert.Empty(_bot.CardUpdates(_cardId));
        Assert.Empty(_bot.AnnouncementsTo(ApprovalHarness.CommissionConversation));
    }

    private JsonObject Data(long version, string myVote = "")
        => new() { ["requestId"] = _requestId, ["version"] = version, ["myVote"] = myVote };
}
