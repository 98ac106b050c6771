using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Publishing;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.Approvals.Publishing;

/// <summary>
/// The publication sweep repairs what no click will: a vote committed by an instance that died before publishing it,
/// a card update or announcement the Connector refused, an announcement claimed by an instance that died. Whatever runs
/// at once, the decision is announced once.
/// </summary>
public sealed class PublicationSweepTests : OneRequestTests
{
    private PublicationSweepJob Sweep => Bot.Services.GetRequiredService<PublicationSweepJob>();

    private RequestPublisher Publisher => Bot.Services.GetRequiredService<RequestPublisher>();

    [Fact]
    public async Task ADecisionCommittedButNeverPublishedIsRepairedByTheSweepOnce()
    {
        await LoseDecisionAsync();

        // Within the grace period the change still belongs to the click that made it.
        Assert.Equal(0, await Sweep.RunAsync(default));
        Assert.Empty(Bot.CardUpdates(CardId));

        Bot.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await Sweep.RunAsync(default));
        Assert.Equal(0, await Sweep.RunAsync(default));

        var put = Assert.Single(Bot.CardUpdates(CardId));
        Assert.Equal(3, ApprovalHarness.CardVersion(put));
        Assert.Contains("APROBADA", ApprovalHarness.Json(ApprovalHarness.CardOf(put)), StringComparison.Ordinal);
        Assert.Single(Bot.AnnouncementsTo(ApprovalHarness.CommissionConversation));
        Assert.Single(Bot.AnnouncementsTo(ApprovalHarness.PersonalChat));
        Assert.Empty(await Bot.Store.ListBehindPublicationsAsync(default));
    }

    [Fact]
    public async Task SweepsAndClicksCatchingUpAtOnceAnnounceOnce()
    {
        await LoseDecisionAsync();
        Bot.Time.Advance(TimeSpan.FromMinutes(1));

        // Every Connector call takes a moment, so the publishers really overlap.
        Bot.Connector.Hold = _ => Task.Delay(50);
        await Task.WhenAll(
            Task.Run(() => Sweep.RunAsync(default)),
            Task.Run(() => Sweep.RunAsync(default)),
            Task.Run(() => Publisher.SyncAsync(RequestId, default)),
            Task.Run(() => Publisher.SyncAsync(RequestId, default)),
            Task.Run(() => Bot.InvokeAsync(M3, ApprovalHarness.CommissionConversation, CardId, "approvals.reject", Data(version: 1))));

        Assert.Single(Bot.AnnouncementsTo(ApprovalHarness.CommissionConversation));
        Assert.Single(Bot.AnnouncementsTo(ApprovalHarness.PersonalChat));
        Assert.Equal(3, ApprovalHarness.CardVersion(Bot.CardUpdates(CardId)[^1]));
        Assert.Empty(await Bot.Store.ListBehindPublicationsAsync(default));
    }

    [Fact]
    public async Task ACardUpdateTheConnectorRefusedIsSentAgainByTheSweep()
    {
        Bot.Connector.FailNext(new FakeBotConnector.ScriptedFailure(HttpStatusCode.InternalServerError));

        var answer = await Bot.InvokeAsync(M1, ApprovalHarness.CommissionConversation, CardId, "approvals.approve", Data(version: 1));

        Assert.Contains("Registré su voto", ApprovalHarness.Json(answer["value"]!), StringComparison.Ordinal);
        Assert.Single(Bot.CardUpdates(CardId)); // refused
        Bot.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await Sweep.RunAsync(default));
        Assert.Equal(0, await Sweep.RunAsync(default));
        var updates = Bot.CardUpdates(CardId);
        Assert.Equal(2, updates.Count);
        Assert.Equal(2, ApprovalHarness.CardVersion(updates[^1]));
    }

    [Fact]
    public async Task AnAnnouncementTheConnectorRefusedIsSentAgainByTheSweepOnce()
    {
        var refused = 0;
        Bot.Connector.Responder = call =>
            call.Method == "POST" && call.Body?["text"]?.GetValue<string>()?.Contains("decidió la solicitud", StringComparison.Ordinal) == true
            && Interlocked.Exchange(ref refused, 1) == 0
                ? new FakeBotConnector.ScriptedFailure(HttpStatusCode.InternalServerError)
                : null;

        await Bot.InvokeAsync(M1, ApprovalHarness.CommissionConversation, CardId, "approvals.approve", Data(version: 1));
        await Bot.InvokeAsync(M2, ApprovalHarness.CommissionConversation, CardId, "approvals.approve", Data(version: 1));

        // The commission's conversation refused it, so the requester was not told either: it is retried whole.
        Assert.Single(Bot.AnnouncementsTo(ApprovalHarness.CommissionConversation));
        Assert.Empty(Bot.AnnouncementsTo(ApprovalHarness.PersonalChat));
        Bot.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await Sweep.RunAsync(default));
        Assert.Equal(0, await Sweep.RunAsync(default));
        Assert.Equal(2, Bot.AnnouncementsTo(ApprovalHarness.CommissionConversation).Count); // the refused one, then the one taken
        Assert.Single(Bot.AnnouncementsTo(ApprovalHarness.PersonalChat));
    }

    [Fact]
    public async Task AnAnnouncementClaimedByAnInstanceThatDiedIsMadeOnceTheClaimExpires()
    {
        await LoseDecisionAsync();
        // Another instance brought the card up to date and claimed the announcement, then died before announcing.
        var stored = (await Bot.Store.GetPublicationAsync(RequestId, default))!;
        var claimed = stored.Publication with { CardVersion = 3, AnnounceClaimUntil = ApprovalTestData.Now + RequestPublisher.AnnounceLease };
        Assert.NotNull(await Bot.Store.TryReplacePublicationAsync(RequestId, claimed, stored.Token, default));

        Bot.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await Sweep.RunAsync(default));
        Assert.Empty(Bot.AnnouncementsTo(ApprovalHarness.CommissionConversation));

        Bot.Time.Advance(RequestPublisher.AnnounceLease);
        Assert.Equal(1, await Sweep.RunAsync(default));
        Assert.Single(Bot.AnnouncementsTo(ApprovalHarness.CommissionConversation));
        Assert.Empty(await Bot.Store.ListBehindPublicationsAsync(default));
    }

    /// <summary>Members 1 and 2 approve (deciding it) through an instance that dies before publishing either vote.</summary>
    private async Task LoseDecisionAsync()
    {
        await Bot.CommitWithoutPublishingAsync(M1, VoteChoice.Approve, new CardState(RequestId, 1, null));
        Assert.True((await Bot.CommitWithoutPublishingAsync(M2, VoteChoice.Approve, new CardState(RequestId, 1, null))).DecidedNow);
        Assert.Empty(Bot.CardUpdates(CardId));
        Assert.Empty(Bot.AnnouncementsTo(ApprovalHarness.CommissionConversation));
    }
}
