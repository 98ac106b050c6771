using System.Net;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.BotFramework.Auth;

/// <summary>With an app id configured, only a valid Bot Framework token reaches a handler; every failure is a bare 401.</summary>
public sealed class InboundAuthenticationTests : IAsyncLifetime
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
        _bot = new BotFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "secret-for-tests",
            ["MicrosoftAppTenantId"] = "tenant-1",
            ["BotAuthentication:BotFrameworkOpenIdMetadataUrl"] = _issuer.MetadataUrl,
            ["BotAuthentication:EntraOpenIdMetadataUrlTemplate"] = _issuer.MetadataUrl + "?tenant={tenant}",
            ["BotAuthentication:TokenEndpointTemplate"] = _issuer.TokenEndpoint,
            ["BotAuthentication:RequireHttpsMetadata"] = "false",
        });
        _client = _bot.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string? token)
        => _client.PostActivityAsync(Activities.Message("hola", _connector.ServiceUrl), token);

    [Fact]
    public async Task AValidTokenIsAcceptedAndTheReplyCarriesAnOutboundToken()
    {
        var response = await PostAsync(_issuer.CreateToken(AppId, _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(_connector.Calls);
        Assert.Equal("Bearer outbound-token-1", reply.Authorization);
        var tokenRequest = Assert.Single(_issuer.TokenRequests);
        Assert.Equal("client_credentials", tokenRequest["grant_type"]);
        Assert.Equal(AppId, tokenRequest["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest["scope"]);
    }

    [Fact]
    public async Task TheOutboundTokenIsCached()
    {
        await PostAsync(_issuer.CreateToken(AppId, _connector.ServiceUrl));
        await PostAsync(_issuer.CreateToken(AppId, _connector.ServiceUrl));
        Assert.Single(_issuer.TokenRequests);
        Assert.Equal(2, _connector.Calls.Count);
    }

    [Fact]
    public async Task NoTokenIsUnauthorizedAndNothingRuns()
    {
        var response = await PostAsync(null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task TheAcceptanceCurlWithoutTokenIsUnauthorized()
    {
        var activity = Activities.Message("hola", "http://localhost:1/", expectReplies: true);
        var response = await _client.PostActivityAsync(activity);
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
        var serviceUrl = _connector.ServiceUrl;
        string token = spoil switch
        {
            "garbage" => "not.a.jwt",
            "wrong-audience" => _issuer.CreateToken("someone-else", serviceUrl),
            "wrong-issuer" => _issuer.CreateToken(AppId, serviceUrl, issuer: "https://evil.example.com"),
            "expired" => _issuer.CreateToken(AppId, serviceUrl, expires: DateTime.UtcNow.AddMinutes(-6)),
            "forged-signature" => _issuer.CreateToken(AppId, serviceUrl, signingKey: FakeTokenIssuer.ForeignKey()),
            "serviceurl-mismatch" => _issuer.CreateToken(AppId, "https://smba.trafficmanager.net/emea/"),
            "serviceurl-missing" => _issuer.CreateToken(AppId, serviceUrl, includeServiceUrl: false),
            "not-endorsed" => Endorse([], AppId, serviceUrl),
            "tampered-payload" => Tamper(_issuer.CreateToken(AppId, serviceUrl)),
            // Valid in every other way: without a key id the key's endorsements cannot be checked.
            "no-key-id" => _issuer.CreateToken(AppId, serviceUrl, includeKeyId: false),
            _ => throw new ArgumentOutOfRangeException(nameof(spoil)),
        };

        var response = await PostAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(spoil, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task EntraTokensOfAnotherTenantAreRefused()
    {
        var response = await PostAsync(_issuer.CreateToken(AppId, _connector.ServiceUrl, issuer: "https://sts.windows.net/other-tenant/"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ATokenWithinTheFiveMinuteSkewIsAccepted()
    {
        var response = await PostAsync(_issuer.CreateToken(AppId, _connector.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-3)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheTenantHeaderDoesNotAuthenticate()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Activities.Message("hola", _connector.ServiceUrl).ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-ms-tenant-id", "tenant-1");
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private string Endorse(string[] endorsements, string audience, string serviceUrl)
    {
        _issuer.Endorsements = endorsements.Length == 0 ? ["webchat"] : endorsements;
        return _issuer.CreateToken(audience, serviceUrl);
    }

    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(parts[1]).Replace(AppId, "someone-else", StringComparison.Ordinal);
        parts[1] = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload);
        return string.Join('.', parts);
    }
}
