using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ProgramaBot.Tests.Fakes;

/// <summary>
/// A local OpenID issuer: serves metadata and a JWKS (with Teams endorsements) for a test RSA key,
/// signs tokens like the Bot Framework's, and answers client-credentials token requests.
/// </summary>
public sealed class FakeTokenIssuer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string KeyId = "test-key-1";

    private WebApplication _app = null!;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = KeyId };

    public string BaseUrl { get; private set; } = "";

    public string MetadataUrl => BaseUrl + "/.well-known/openidconfiguration";

    public string TokenEndpoint => BaseUrl + "/{tenant}/oauth2/v2.0/token";

    public string[] Endorsements { get; set; } = ["msteams"];

    public ConcurrentQueue<IFormCollection> TokenRequests { get; } = new();

    /// <summary>Answer client-credentials requests as Entra does for an expired secret (401 invalid_client).</summary>
    public bool RefuseTokens { get; set; }

    public static async Task<FakeTokenIssuer> StartAsync()
    {
        var issuer = new FakeTokenIssuer();
        (issuer._app, issuer.BaseUrl) = await LocalServer.StartAsync(app => issuer.Map(app));
        return issuer;
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/.well-known/openidconfiguration", () => Results.Json(new
        {
            issuer = BotFrameworkIssuer,
            jwks_uri = BaseUrl + "/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
        }));
        app.MapGet("/keys", () =>
        {
            var parameters = _key.Rsa.ExportParameters(false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new
                    {
                        kty = "RSA", use = "sig", kid = KeyId,
                        n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent),
                        endorsements = Endorsements,
                    },
                },
            });
        });
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpRequest request) =>
        {
            TokenRequests.Enqueue(await request.ReadFormAsync());
            if (RefuseTokens)
            {
                return Results.Json(new
                {
                    error = "invalid_client",
                    error_description = "AADSTS7000222: The provided client secret keys for app are expired.",
                }, statusCode: StatusCodes.Status401Unauthorized);
            }

            return Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = "outbound-token-" + TokenRequests.Count });
        });
    }

    /// <summary>A token as the Bot Connector sends it; every part can be spoiled for negative tests.</summary>
    public string CreateToken(string audience, string serviceUrl, string issuer = BotFrameworkIssuer,
        DateTime? expires = null, SecurityKey? signingKey = null, bool includeServiceUrl = true)
    {
        var claims = new List<Claim>();
        if (includeServiceUrl)
        {
            claims.Add(new Claim("serviceurl", serviceUrl));
        }

        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = (expires ?? now.AddHours(1)).AddHours(-2),
            IssuedAt = (expires ?? now.AddHours(1)).AddHours(-2),
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(signingKey ?? _key, SecurityAlgorithms.RsaSha256),
        });
    }

    public static RsaSecurityKey ForeignKey() => new(RSA.Create(2048)) { KeyId = KeyId };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Rsa.Dispose();
    }
}
