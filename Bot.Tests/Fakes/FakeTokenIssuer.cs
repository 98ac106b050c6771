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
    private readonly List<RsaSecurityKey> _published = [new(RSA.Create(2048)) { KeyId = KeyId }];
    private int _keyRequests;

    /// <summary>The key new tokens are signed with: the last one published.</summary>
    private RsaSecurityKey CurrentKey
    {
        get
        {
            lock (_published)
            {
                return _published[^1];
            }
        }
    }

    /// <summary>How many times the key set was fetched.</summary>
    public int KeyRequests => Volatile.Read(ref _keyRequests);

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

    /// <summary>A single-tenant bot (tenant-1) with this app id that takes its keys and outbound tokens from this issuer.</summary>
    public Dictionary<string, string?> BotSettings(string appId) => new()
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = "secret-for-tests",
        ["MicrosoftAppTenantId"] = "tenant-1",
        ["BotAuthentication:BotFrameworkOpenIdMetadataUrl"] = MetadataUrl,
        ["BotAuthentication:EntraOpenIdMetadataUrlTemplate"] = MetadataUrl + "?tenant={tenant}",
        ["BotAuthentication:TokenEndpointTemplate"] = TokenEndpoint,
        ["BotAuthentication:RequireHttpsMetadata"] = "false",
    };

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
            Interlocked.Increment(ref _keyRequests);
            lock (_published)
            {
                return Results.Json(new
                {
                    keys = _published.Select(key =>
                    {
                        var parameters = key.Rsa.ExportParameters(false);
                        return new
                        {
                            kty = "RSA", use = "sig", kid = key.KeyId,
                            n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent),
                            endorsements = Endorsements,
                        };
                    }).ToArray(),
                });
            }
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

    /// <summary>Publishes a new key (with a new id) next to the old ones and signs new tokens with it, as issuers rotate.</summary>
    public string RotateKey()
    {
        lock (_published)
        {
            _published.Add(new RsaSecurityKey(RSA.Create(2048)) { KeyId = $"test-key-{_published.Count + 1}" });
            return _published[^1].KeyId!;
        }
    }

    /// <summary>Stops publishing a key (as an issuer does once it has rotated away from it); new tokens keep the last key.</summary>
    public void WithdrawKey(string keyId)
    {
        lock (_published)
        {
            _published.RemoveAll(key => key.KeyId == keyId && key != _published[^1]);
        }
    }

    /// <summary>An Entra token as another app of the tenant (or the bot itself) gets it: issuer of the tenant, the caller in azp.</summary>
    public string CreateEntraToken(string audience, string callerAppId, string tenant = "tenant-1", string serviceUrl = "", bool v1 = false)
        => CreateToken(audience, serviceUrl, v1 ? $"https://sts.windows.net/{tenant}/" : $"https://login.microsoftonline.com/{tenant}/v2.0",
            includeServiceUrl: false, claims: new Dictionary<string, string> { [v1 ? "appid" : "azp"] = callerAppId });

    /// <summary>A token as the Bot Connector sends it; every part can be spoiled for negative tests.</summary>
    public string CreateToken(string audience, string serviceUrl, string issuer = BotFrameworkIssuer,
        DateTime? expires = null, SecurityKey? signingKey = null, bool includeServiceUrl = true,
        IReadOnlyDictionary<string, string>? claims = null, bool includeKeyId = true)
    {
        var subject = new List<Claim>();
        if (includeServiceUrl)
        {
            subject.Add(new Claim("serviceurl", serviceUrl));
        }

        subject.AddRange((claims ?? new Dictionary<string, string>()).Select(c => new Claim(c.Key, c.Value)));

        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(subject),
            NotBefore = (expires ?? now.AddHours(1)).AddHours(-2),
            IssuedAt = (expires ?? now.AddHours(1)).AddHours(-2),
            Expires = expires ?? now.AddHours(1),
            // The same private key without its id: the header then names no key.
            SigningCredentials = new SigningCredentials(signingKey ?? (includeKeyId ? CurrentKey : new RsaSecurityKey(CurrentKey.Rsa)), SecurityAlgorithms.RsaSha256),
        });
    }

    public static RsaSecurityKey ForeignKey() => new(RSA.Create(2048)) { KeyId = KeyId };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var key in _published)
        {
            key.Rsa.Dispose();
        }
    }
}
