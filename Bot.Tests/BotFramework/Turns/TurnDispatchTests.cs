using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.BotFramework.References;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.BotFramework.Turns;

public sealed class TurnDispatchTests : IAsyncLifetime
{
    private readonly BotFactory _bot = new();
    private FakeBotConnector _connector = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _client = _bot.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _bot.DisposeAsync();
    }

    private IConversationReferenceStore References => _bot.Services.GetRequiredService<IConversationReferenceStore>();

    [Fact]
    public async Task MessageReplyIsPostedToTheConnectorAsAReplyWithoutTokenInLocalMode()
    {
        var activity = Activities.Message("hola", _connector.ServiceUrl);
        var response = await _client.PostActivityAsync(activity);

        response.EnsureSuccessStatusCode();
        var call = Assert.Single(_connector.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/v3/conversations/a:personal-1/activities/{activity["id"]}", call.Path);
        Assert.Null(call.Authorization);
        Assert.Equal("message", call.Body!["type"]!.GetValue<string>());
        Assert.Equal(activity["id"]!.GetValue<string>(), call.Body["replyToId"]!.GetValue<string>());
    }

    [Fact]
    public async Task InstallationAddCapturesTheReferenceAndWelcomes()
    {
        await _client.PostActivityAsync(Activities.InstallationUpdate("add", _connector.ServiceUrl));

        var reference = await References.GetAsync("a:personal-1", default);
        Assert.NotNull(reference);
        Assert.Equal(_connector.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(Activities.BotId, reference.BotId);
        Assert.Equal(Activities.TenantId, reference.TenantId);
        Assert.Equal("aad-user-1", reference.UserAadObjectId);
        var welcome = Assert.Single(_connector.Calls);
        Assert.Contains("Hola", welcome.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallationRemoveForgetsTheReference()
    {
        await _client.PostActivityAsync(Activities.InstallationUpdate("add", _connector.ServiceUrl));
        await _client.PostActivityAsync(Activities.InstallationUpdate("remove", _connector.ServiceUrl));

        Assert.Null(await References.GetAsync("a:personal-1", default));
    }

    [Fact]
    public async Task BotAddedToATeamIsCapturedAndTeamDeletedForgetsIt()
    {
        var channel = "19:general@thread.tacv2";
        var added = new JsonArray(new JsonObject { ["id"] = Activities.BotId });
        await _client.PostActivityAsync(Activities.ConversationUpdate(_connector.ServiceUrl, channel, membersAdded: added));
        Assert.NotNull(await References.GetAsync(channel, default));
        Assert.Empty(_connector.Calls); // the welcome comes with installationUpdate, once

        await _client.PostActivityAsync(Activities.ConversationUpdate(_connector.ServiceUrl, channel, eventType: "teamDeleted"));
        Assert.Null(await References.GetAsync(channel, default));

        await _client.PostActivityAsync(Activities.ConversationUpdate(_connector.ServiceUrl, channel, eventType: "teamRestored"));
        Assert.NotNull(await References.GetAsync(channel, default));
    }

    [Fact]
    public async Task SomeoneElseJoiningIsNotWelcomedByTheBot()
    {
        var added = new JsonArray(new JsonObject { ["id"] = "29:someone-else" });
        await _client.PostActivityAsync(Activities.ConversationUpdate(_connector.ServiceUrl, "19:x@thread.tacv2", membersAdded: added));
        Assert.Empty(_connector.Calls);
        Assert.Null(await References.GetAsync("19:x@thread.tacv2", default));
    }

    [Fact]
    public async Task FirstMessageInAChatCapturesAMissingReferenceAndAMovedServiceUrlRefreshesIt()
    {
        await _client.PostActivityAsync(Activities.Message("hola", _connector.ServiceUrl, conversationId: "19:group@thread.v2", conversationType: "groupChat"));
        Assert.Equal(_connector.ServiceUrl, (await References.GetAsync("19:group@thread.v2", default))!.ServiceUrl);

        var moved = Activities.Message("hola", _connector.ServiceUrl, conversationId: "19:group@thread.v2", expectReplies: true);
        moved["serviceUrl"] = "https://smba.trafficmanager.net/amer/";
        await _client.PostActivityAsync(moved);
        Assert.Equal("https://smba.trafficmanager.net/amer/", (await References.GetAsync("19:group@thread.v2", default))!.ServiceUrl);
    }

    [Fact]
    public async Task ConnectorRefusingTheReplyIsABadGatewayNotACrash()
    {
        _connector.FailNext(new FakeBotConnector.ScriptedFailure(System.Net.HttpStatusCode.Forbidden, "BotNotInConversationRoster"));
        var response = await _client.PostActivityAsync(Activities.Message("hola", _connector.ServiceUrl));
        Assert.Equal(System.Net.HttpStatusCode.BadGateway, response.StatusCode);

        var again = await _client.PostActivityAsync(Activities.Message("hola", _connector.ServiceUrl));
        again.EnsureSuccessStatusCode();
    }
}
