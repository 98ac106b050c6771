using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ProgramaBot.Tests.Approvals.Publishing;

/// <summary>
/// The multi-process drill found cards left at an old tally: an instance PUT an older version that reached Teams after
/// a newer one, and died before it could send the newest again. A while after each vote, a job from the shared job
/// storage sends the card at its latest version once more.
/// </summary>
public sealed class CardSettleTests
{
    [Fact]
    public async Task AnOlderCardThatReachedTeamsLastIsReplacedByTheLatest()
    {
        await using var bot = await ApprovalHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Approvals:CardSettleDelay"] = "00:00:02",
            ["Hangfire:SchedulePollingInterval"] = "00:00:01",
        });
        await bot.JoinCommissionAsync();
        var (requestId, cardId) = await bot.CreateRequestAsync();
        var posted = bot.LastCardSentTo(ApprovalHarness.CommissionConversation); // the card at version 1

        var data = new JsonObject { ["requestId"] = requestId, ["version"] = 1, ["myVote"] = "" };
        await bot.InvokeAsync(ApprovalHarness.Members[0], ApprovalHarness.CommissionConversation, cardId, "approvals.approve", data);
        Assert.Equal(2, ApprovalHarness.CardVersion(Assert.Single(bot.CardUpdates(cardId))));

        // The PUT of a dying instance, carrying the card as first posted, lands after the bot's update.
        using var http = new HttpClient();
        var stale = new JsonObject
        {
            ["type"] = "message",
            ["id"] = cardId,
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = posted.DeepClone() }),
        };
        var url = $"{bot.Connector.ServiceUrl}v3/conversations/{Uri.EscapeDataString(ApprovalHarness.CommissionConversation)}/activities/{cardId}";
        (await http.PutAsJsonAsync(url, stale)).EnsureSuccessStatusCode();
        Assert.Equal(1, ApprovalHarness.CardVersion(bot.CardUpdates(cardId)[^1]));

        await bot.Connector.WaitForAsync(_ => bot.CardUpdates(cardId).Count >= 3, TimeSpan.FromSeconds(30));
        Assert.Equal(2, ApprovalHarness.CardVersion(bot.CardUpdates(cardId)[^1]));
    }
}
