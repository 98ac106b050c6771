using System.Net;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.BotFramework.Auth;

/// <summary>With an app id configured, only a valid Bot Framework token reaches a handler; every failure is a bare 401.</summary>
public sealed class InboundAuthenticationTests : SignedBotTests
{
    private Task<HttpResponseMessage> PostAsync(string? token)
        => Client.PostActivityAsync(Activities.Message("hola", Connector.ServiceUrl), token);

    [Fact]
    public async Task AValidTokenIsAcceptedAndTheReplyCarriesAnOutboundToken()
    {
        var response = await PostAsync(Issuer.CreateToken(AppId, Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(Connector.Calls);
        Assert.Equal("Bearer outbound-token-1", reply.Authorization);
        var tokenRequest = Assert.Single(Issuer.TokenRequests);
        Assert.Equal("client_credentials", tokenRequest["grant_type"]);
        Assert.Equal(AppId, tokenRequest["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest["scope"]);
    }

    [Fact]
    public async Task TheOutboundTokenIsCached()
    {
        await PostAsync(Issuer.CreateToken(AppId, Connector.ServiceUrl));
        await PostAsync(Issuer.CreateToken(AppId, Connector.ServiceUrl));
        Assert.Single(Issuer.TokenRequests);
        Assert.Equal(2, Connector.Calls.Count);
    }

    [Fact]
    public async Task NoTokenIsUnauthorizedAndNothingRuns()
    {
        var response = await PostAsync(null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Connector.Calls);
    }

    [Fact]
    public async Task TheAcceptanceCurlWithoutTokenIsUnauthorized()
    {
        var activity = Activities.Message("hola", "http://localhost:1/", expectReplies: true);
        var response = await Client.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("token", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("serviceurl", body, StringComparison.OrdinalIgnoreCase);
    }

    public static TheoryData<string> SpoiledTokens => new()
    {
        "garbage",
        "wrong-audience",
        "wrong-issuer",
        "expired",
        "forged-signature",
        "serviceurl-mismatch",
        "serviceurl-missing",
        "not-endorsed",
        "tampered-payload",
        "no-key-id",
    };

    [Theory]
    [MemberData(nameof(SpoiledTokens))]
    public async Task SpoiledTokensAreUnauthorized(string spoil)
    {
        var serviceUrl = Connector.ServiceUrl;
        string token = spoil switch
        {
            "garbage" => "not.a.jwt",
            "wrong-audience" => Issuer.CreateToken("someone-else", serviceUrl),
            "wrong-issuer" => Issuer.CreateToken(AppId, serviceUrl, issuer: "https://evil.example.com"),
            "expired" => Issuer.CreateToken(AppId, serviceUrl, expires: DateTime.UtcNow.AddMinutes(-6)),
            "forged-signature" => Issuer.CreateToken(AppId, serviceUrl, signingKey: FakeTokenIssuer.ForeignKey()),
            "serviceurl-mismatch" => Issuer.CreateToken(AppId, "https://smba.trafficmanager.net/emea/"),
            "serviceurl-missing" => Issuer.CreateToken(AppId, serviceUrl, includeServiceUrl: false),
            "not-endorsed" => Endorse([], AppId, serviceUrl),
            "tampered-payload" => Tamper(Issuer.CreateToken(AppId, serviceUrl)),
            // Valid in every other way: without a key id the key's endorsements cannot be checked.
            "no-key-id" => Issuer.CreateToken(AppId, serviceUrl, includeKeyId: false),
            _ => throw new ArgumentOutOfRangeException(nameof(spoil)),
        };

        var response = await PostAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(spoil, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Connector.Calls);
    }

    [Fact]
    public async Task EntraTokensOfAnotherTenantAreRefused()
    {
        var response = await PostAsync(Issuer.CreateToken(AppId, Connector.ServiceUrl, issuer: "https://sts.windows.net/other-tenant/"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ATokenWithinTheFiveMinuteSkewIsAccepted()
    {
        var response = await PostAsync(Issuer.CreateToken(AppId, Connector.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-3)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheTenantHeaderDoesNotAuthenticate()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Activities.Message("hola", Connector.ServiceUrl).ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-ms-tenant-id", "tenant-1");
        var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private string Endorse(string[] endorsements, string audience, string serviceUrl)
    {
        Issuer.Endorsements = endorsements.Length == 0 ? ["webchat"] : endorsements;
        return Issuer.CreateToken(audience, serviceUrl);
    }

    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(parts[1]).Replace(AppId, "someone-else", StringComparison.Ordinal);
        parts[1] = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload);
        return string.Join('.', parts);
    }
}
