using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Requests;

namespace ProgramaBot.Tests.Approvals.Publishing;

/// <summary>
/// A click repairs what an earlier click left unpublished (its instance died after the commit), and a card update that
/// reaches Teams after a newer one is followed by the newest again. Through /api/messages, against the fake Connector.
/// </summary>
public sealed class PublicationRepairTests : OneRequestTests
{
    [Fact]
    public async Task AStaleClickAfterALostCardUpdateRepairsTheCard()
    {
        await Bot.CommitWithoutPublishingAsync(M1, VoteChoice.Approve, new CardState(RequestId, 1, null));
        Assert.Empty(Bot.CardUpdates(CardId));

        // Member 1 saw no confirmation and, on the ballot they still have (version 1, no vote of theirs), clicks the
        // other button: ambiguous (their stored vote is not what that card showed), so it is refused as stale.
        var answer = await Vote(M1, "approvals.reject", Data(version: 1));

        Assert.Contains("desactualizada", ApprovalHarness.Json(answer["value"]!), StringComparison.Ordinal);
        var put = Assert.Single(Bot.CardUpdates(CardId));
        Assert.Equal(2, ApprovalHarness.CardVersion(put));
        Assert.Contains("A favor: 1", ApprovalHarness.Json(ApprovalHarness.CardOf(put)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameClickRepeatedAfterALostCardUpdateIsToldItCountedAndRepairsTheCard()
    {
        await Bot.CommitWithoutPublishingAsync(M1, VoteChoice.Approve, new CardState(RequestId, 1, null));

        // The answer to their click was lost with the instance; they click the same button on the same ballot again.
        var answer = await Vote(M1, "approvals.approve", Data(version: 1));

        Assert.Contains("ya estaba registrado", ApprovalHarness.Json(answer["value"]!), StringComparison.Ordinal);
        var put = Assert.Single(Bot.CardUpdates(CardId));
        Assert.Equal(2, ApprovalHarness.CardVersion(put));
    }

    [Fact]
    public async Task AnUnchangedClickAfterALostCardUpdateRepairsTheCard()
    {
        await Bot.CommitWithoutPublishingAsync(M1, VoteChoice.Approve, new CardState(RequestId, 1, null));

        // Their client refreshed into the ballot showing their vote; they click the same choice again.
        var answer = await Vote(M1, "approvals.approve", Data(version: 2, myVote: "Approve"));

        Assert.Contains("ya estaba registrado", ApprovalHarness.Json(answer["value"]!), StringComparison.Ordinal);
        var put = Assert.Single(Bot.CardUpdates(CardId));
        Assert.Equal(2, ApprovalHarness.CardVersion(put));

        // Nothing is left behind, so a further click sends nothing.
        await Vote(M1, "approvals.approve", Data(version: 2, myVote: "Approve"));
        Assert.Single(Bot.CardUpdates(CardId));
    }

    [Fact]
    public async Task AClickAfterALostDecisionRepairsTheCardAndAnnouncesOnce()
    {
        await Bot.CommitWithoutPublishingAsync(M1, VoteChoice.Approve, new CardState(RequestId, 1, null));
        var deciding = await Bot.CommitWithoutPublishingAsync(M2, VoteChoice.Approve, new CardState(RequestId, 1, null));
        Assert.True(deciding.DecidedNow);
        Assert.Empty(Bot.AnnouncementsTo(ApprovalHarness.CommissionConversation));

        var late = await Vote(M3, "approvals.reject", Data(version: 1));
        await Vote(M3, "approvals.reject", Data(version: 1));

        Assert.Contains("ya fue decidida", ApprovalHarness.Json(late["value"]!), StringComparison.Ordinal);
        var put = Assert.Single(Bot.CardUpdates(CardId));
        Assert.Equal(3, ApprovalHarness.CardVersion(put));
        Assert.Contains("APROBADA", ApprovalHarness.Json(ApprovalHarness.CardOf(put)), StringComparison.Ordinal);
        Assert.Single(Bot.AnnouncementsTo(ApprovalHarness.CommissionConversation));
        Assert.Single(Bot.AnnouncementsTo(ApprovalHarness.PersonalChat));
    }

    [Fact]
    public async Task AnOlderCardUpdateLandingAfterANewerOneIsFollowedByTheNewest()
    {
        var version2Sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Bot.Connector.Hold = async call =>
        {
            if (call.Method == "PUT" && ApprovalHarness.CardVersion(call) == 2 && version2Sent.TrySetResult())
            {
                await release.Task;
            }
        };

        // Member 1's vote makes version 2; its card update is slow to reach Teams.
        var first = Task.Run(() => Vote(M1, "approvals.approve", Data(version: 1)));
        await version2Sent.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // Meanwhile member 2's vote makes version 3, and its card update lands first.
        await Vote(M2, "approvals.reject", Data(version: 1));
        Assert.Equal(3, ApprovalHarness.CardVersion(Bot.CardUpdates(CardId)[^1]));

        // Then version 2 lands over it; whoever sent it sees the request moved on and sends the newest again.
        release.SetResult();
        await first;

        var updates = Bot.CardUpdates(CardId);
        Assert.Equal([3L, 2L, 3L], updates.Select(ApprovalHarness.CardVersion));
        var shown = ApprovalHarness.Json(ApprovalHarness.CardOf(updates[^1]));
        Assert.Contains("A favor: 1", shown, StringComparison.Ordinal);
        Assert.Contains("En contra: 1", shown, StringComparison.Ordinal);
        Assert.Equal(3, (await Bot.Store.GetAsync(RequestId, default))!.Request.Version);
    }
}
