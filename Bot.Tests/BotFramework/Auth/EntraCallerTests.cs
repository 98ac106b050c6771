using System.Net;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.BotFramework.Auth;

/// <summary>
/// Any app of the tenant can get an Entra token for the bot; only the bot itself and the apps named in
/// BotAuthentication:AllowedCallers are let in with one.
/// </summary>
public sealed class EntraCallerTests : SignedBotTests
{
    private const string AllowedCaller = "00000000-0000-0000-0000-0000000000a1";
    private const string ForeignApp = "00000000-0000-0000-0000-0000000000ee";

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["BotAuthentication:AllowedCallers:0"] = AllowedCaller;
        // An Entra token never vouches for a serviceUrl: replies may only go to an allow-listed Connector.
        settings["Connector:AllowedServiceUrls:0"] = Connector.ServiceUrl;
    }

    private Task<HttpResponseMessage> PostAsync(string token)
        => Client.PostActivityAsync(Activities.Message("hola", Connector.ServiceUrl), token);

    [Theory]
    [InlineData(AppId, false)]
    [InlineData(AppId, true)]
    [InlineData(AllowedCaller, false)]
    public async Task TheBotItselfAndAllowedCallersAreAccepted(string caller, bool v1)
    {
        var response = await PostAsync(Issuer.CreateEntraToken(AppId, caller, v1: v1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(Connector.Calls);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnotherAppOfTheTenantIsUnauthorized(bool v1)
    {
        var response = await PostAsync(Issuer.CreateEntraToken(AppId, ForeignApp, v1: v1));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Connector.Calls);
    }

    [Fact]
    public async Task ATokenNamingNoCallerIsUnauthorized()
    {
        var response = await PostAsync(Issuer.CreateToken(AppId, Connector.ServiceUrl, issuer: "https://login.microsoftonline.com/tenant-1/v2.0"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Connector.Calls);
    }

    [Fact]
    public async Task TheRightCallerOfAnotherTenantIsUnauthorized()
    {
        var response = await PostAsync(Issuer.CreateEntraToken(AppId, AppId, tenant: "other-tenant"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
