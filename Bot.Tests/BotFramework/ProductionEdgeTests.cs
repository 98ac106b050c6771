using System.Net;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.BotFramework;

/// <summary>
/// Outside Development the edge is stricter: only Teams' channel, and the bot's token only over https, whatever a token
/// vouches for. (A local fake Connector speaks http, so here it must stay silent.)
/// </summary>
public sealed class ProductionEdgeTests : IAsyncLifetime
{
    private const string AppId = "00000000-0000-0000-0000-0000000000aa";
    private FakeTokenIssuer _issuer = null!;
    private FakeBotConnector _connector = null!;
    private BotFactory _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _issuer = await FakeTokenIssuer.StartAsync();
        _connector = await FakeBotConnector.StartAsync();
        var settings = _issuer.BotSettings(AppId);
        settings["environment"] = "Production";
        settings["Commission:Members:0:Name"] = "Integrante de prueba";
        settings["Commission:Members:0:AadObjectId"] = "00000000-0000-0000-0000-0000000000b1";
        _bot = new BotFactory(settings);
        _client = _bot.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task AnotherChannelIsForbidden()
    {
        _issuer.Endorsements = ["msteams", "webchat"];
        var activity = Activities.Message("hola", _connector.ServiceUrl, expectReplies: true);
        activity["channelId"] = "webchat";

        var response = await _client.PostActivityAsync(activity, _issuer.CreateToken(AppId, _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AVouchedForPlainHttpServiceUrlGetsNoTokenOutsideDevelopment()
    {
        var response = await _client.PostActivityAsync(Activities.Message("hola", _connector.ServiceUrl), _issuer.CreateToken(AppId, _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task TeamsAnswersInProductionAsEver()
    {
        var response = await _client.PostActivityAsync(Activities.Message("hola", _connector.ServiceUrl, expectReplies: true),
            _issuer.CreateToken(AppId, _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.RepliesAsync());
    }
}
