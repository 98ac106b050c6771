using System.Net;
using System.Text.Json.Nodes;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.Approvals.Publishing;

/// <summary>When Teams does not take the bot's message, nothing half-created is left and no vote is lost.</summary>
public sealed class ConnectorFailureTests
{
    [Fact]
    public async Task WhenTheCardCannotBePostedNoRequestIsCreated()
    {
        await using var bot = await ApprovalHarness.StartAsync();
        await bot.JoinCommissionAsync();
        bot.Connector.FailNext(new FakeBotConnector.ScriptedFailure(HttpStatusCode.Forbidden, "BotNotInConversationRoster"));
        var formId = Guid.NewGuid().ToString("N");
        var data = new JsonObject { ["kind"] = "dictamen-incentivos", ["formId"] = formId };
        foreach (var (key, value) in ApprovalTestData.DictamenFields())
        {
            data[key] = value;
        }

        var response = await bot.InvokeAsync(ApprovalHarness.Secretario, ApprovalHarness.PersonalChat, "m", "approvals.submit", data);

        Assert.Contains("no se registró", ApprovalHarness.Json(response["value"]!), StringComparison.Ordinal);
        Assert.Empty(await bot.Store.ListOpenAsync(default));
    }

    [Fact]
    public async Task WhenTheCardCannotBeReplacedTheVoteStillCountsAndTheVoterSeesIt()
    {
        await using var bot = await ApprovalHarness.StartAsync();
        await bot.JoinCommissionAsync();
        var (requestId, cardId) = await bot.CreateRequestAsync();
        bot.Connector.FailNext(new FakeBotConnector.ScriptedFailure(HttpStatusCode.InternalServerError));

        var response = await bot.InvokeAsync(ApprovalHarness.Members[0], ApprovalHarness.CommissionConversation, cardId, "approvals.approve",
            new JsonObject { ["requestId"] = requestId, ["version"] = 1, ["myVote"] = "" });

        Assert.Contains("Registré su voto", ApprovalHarness.Json(response["value"]!), StringComparison.Ordinal);
        Assert.Single((await bot.Store.GetAsync(requestId, default))!.Votes);
        Assert.Single(bot.CardUpdates(cardId));
    }
}
