using System.Net;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.BotFramework.Auth;

/// <summary>
/// Any app of the tenant can get an Entra token for the bot; only the bot itself and the apps named in
/// BotAuthentication:AllowedCallers are let in with one.
/// </summary>
public sealed class EntraCallerTests : IAsyncLifetime
{
    private const string AppId = "00000000-0000-0000-0000-0000000000aa";
    private const string AllowedCaller = "00000000-0000-0000-0000-0000000000a1";
    private const string ForeignApp = "00000000-0000-0000-0000-0000000000ee";
    private FakeTokenIssuer _issuer = null!;
    private FakeBotConnector _connector = null!;
    private BotFactory _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _issuer = await FakeTokenIssuer.StartAsync();
        _connector = await FakeBotConnector.StartAsync();
        var settings = _issuer.BotSettings(AppId);
        settings["BotAuthentication:AllowedCallers:0"] = AllowedCaller;
        // An Entra token never vouches for a serviceUrl: replies may only go to an allow-listed Connector.
        settings["Connector:AllowedServiceUrls:0"] = _connector.ServiceUrl;
        _bot = new BotFactory(settings);
        _client = _bot.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string token)
        => _client.PostActivityAsync(Activities.Message("hola", _connector.ServiceUrl), token);

    [Theory]
    [InlineData(AppId, false)]
    [InlineData(AppId, true)]
    [InlineData(AllowedCaller, false)]
    public async Task TheBotItselfAndAllowedCallersAreAccepted(string caller, bool v1)
    {
        var response = await PostAsync(_issuer.CreateEntraToken(AppId, caller, v1: v1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_connector.Calls);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnotherAppOfTheTenantIsUnauthorized(bool v1)
    {
        var response = await PostAsync(_issuer.CreateEntraToken(AppId, ForeignApp, v1: v1));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task ATokenNamingNoCallerIsUnauthorized()
    {
        var response = await PostAsync(_issuer.CreateToken(AppId, _connector.ServiceUrl, issuer: "https://login.microsoftonline.com/tenant-1/v2.0"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task TheRightCallerOfAnotherTenantIsUnauthorized()
    {
        var response = await PostAsync(_issuer.CreateEntraToken(AppId, AppId, tenant: "other-tenant"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
