using System.Net;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.BotFramework;

/// <summary>
/// Started with only an app id (the acceptance check of the host issue): inbound validation is on at once; replies
/// fail cleanly, naming the missing secret, instead of the bot refusing to start.
/// </summary>
public sealed class AppIdOnlyTests : IAsyncLifetime
{
    private const string AppId = "00000000-0000-0000-0000-0000000000bb";
    private FakeTokenIssuer _issuer = null!;
    private FakeBotConnector _connector = null!;
    private BotFactory _bot = null!;

    public async Task InitializeAsync()
    {
        _issuer = await FakeTokenIssuer.StartAsync();
        _connector = await FakeBotConnector.StartAsync();
        _bot = new BotFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["BotAuthentication:BotFrameworkOpenIdMetadataUrl"] = _issuer.MetadataUrl,
            ["BotAuthentication:RequireHttpsMetadata"] = "false",
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task TheAcceptanceRequestWithoutTokenIsUnauthorized()
    {
        var response = await _bot.CreateClient().PostActivityAsync(Activities.Message("hola", "http://localhost:1/", expectReplies: true));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnAuthenticatedMessageWhoseReplyCannotGetATokenIsABadGatewayAndNothingIsSent()
    {
        var response = await _bot.CreateClient().PostActivityAsync(
            Activities.Message("hola", _connector.ServiceUrl), _issuer.CreateToken(AppId, _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Empty(_connector.Calls);
        Assert.Empty(_issuer.TokenRequests);
    }
}
