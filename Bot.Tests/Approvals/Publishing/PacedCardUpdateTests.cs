using System.Text.Json.Nodes;

namespace ProgramaBot.Tests.Approvals.Publishing;

/// <summary>
/// Card updates into one conversation are paced (Teams: 60 per 30 s). In a burst of clicks an update may wait for its
/// slot longer than Teams waits for the click's answer (15 s), so the voter is answered after Approvals:PublishWait and
/// the update follows on its own. Here the commission's conversation may take one message per 10 s: the card posted
/// when the request was created uses the slot, so the vote's update waits ~10 s.
/// </summary>
public sealed class PacedCardUpdateTests
{
    [Fact]
    public async Task TheVoterIsAnsweredBeforeAnUpdateThePacerHoldsAndTheUpdateStillGoesOut()
    {
        await using var bot = await ApprovalHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Connector:Pacing:PerConversation:0:Count"] = "1",
            ["Connector:Pacing:PerConversation:0:Window"] = "00:00:10",
            ["Approvals:PublishWait"] = "00:00:02",
        });
        await bot.JoinCommissionAsync();
        var (requestId, cardId) = await bot.CreateRequestAsync();

        var data = new JsonObject { ["requestId"] = requestId, ["version"] = 1, ["myVote"] = "" };
        var answer = await bot.InvokeAsync(ApprovalHarness.Members[0], ApprovalHarness.CommissionConversation, cardId, "approvals.approve", data);
        var answeredAt = DateTimeOffset.UtcNow;

        Assert.Contains("Registré su voto", ApprovalHarness.Json(answer["value"]!), StringComparison.Ordinal);
        Assert.Empty(bot.CardUpdates(cardId)); // still held by the pacer when the voter got the answer
        await bot.Connector.WaitForAsync(_ => bot.CardUpdates(cardId).Count == 1, TimeSpan.FromSeconds(20));
        var update = Assert.Single(bot.CardUpdates(cardId));
        Assert.True(update.At > answeredAt, $"the update went out at {update.At:O}, the voter was answered at {answeredAt:O}");
        Assert.Equal(2, ApprovalHarness.CardVersion(update));
    }
}
