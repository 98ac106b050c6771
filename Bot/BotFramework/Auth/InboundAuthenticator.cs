using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.BotFramework.Auth;

/// <summary>
/// Validates the Bearer token on an inbound activity as PROTOCOL.md describes: Bot Framework tokens,
/// or Entra tokens of the configured tenant. Any failure is "not authenticated"; the reason is only logged.
/// </summary>
internal sealed class InboundAuthenticator(
    IOptions<BotOptions> bot,
    IOptions<BotAuthenticationOptions> auth,
    IHttpClientFactory httpClients,
    ILogger<InboundAuthenticator> logger)
{
    public const string MetadataHttpClient = "bot-openid-metadata";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> _metadata = new();

    public async Task<bool> IsAuthenticatedAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (bot.Value.IsLocalMode)
        {
            return true;
        }

        try
        {
            var failure = await ValidateAsync(authorizationHeader, activity, cancellationToken);
            if (failure is null)
            {
                return true;
            }

            logger.LogWarning("Inbound activity rejected: {Reason}", failure);
            return false;
        }
        catch (Exception e) when (e is SecurityTokenException or ArgumentException or InvalidOperationException
                                       or HttpRequestException or IOException or JsonException)
        {
            logger.LogWarning("Inbound activity rejected: {Reason}", e.Message);
            return false;
        }
    }

    private async Task<string?> ValidateAsync(string? header, Activity activity, CancellationToken cancellationToken)
    {
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return "missing Bearer token";
        }

        var raw = header["Bearer ".Length..].Trim();
        if (!_handler.CanReadToken(raw))
        {
            return "unreadable token";
        }

        var issuer = new JsonWebToken(raw).Issuer;
        if (MetadataUrlFor(issuer) is not { } metadataUrl)
        {
            return $"untrusted issuer '{issuer}'";
        }

        var config = await ManagerFor(metadataUrl).GetConfigurationAsync(cancellationToken);
        var result = await _handler.ValidateTokenAsync(raw, new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = bot.Value.MicrosoftAppId,
            IssuerSigningKeys = config.SigningKeys,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        });
        if (!result.IsValid)
        {
            return result.Exception?.Message ?? "invalid token";
        }

        var token = (JsonWebToken)result.SecurityToken;
        if (token.TryGetPayloadValue<string>("serviceurl", out var claimedServiceUrl)
            ? !string.Equals(claimedServiceUrl?.TrimEnd('/'), activity.ServiceUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            : issuer == auth.Value.BotFrameworkIssuer)
        {
            return "serviceurl claim does not match the activity's serviceUrl";
        }

        var key = config.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == token.Kid);
        if (key is not null && Endorsements(key) is { Count: > 0 } endorsements
            && !endorsements.Contains(activity.ChannelId ?? "", StringComparer.OrdinalIgnoreCase))
        {
            return $"signing key not endorsed for channel '{activity.ChannelId}'";
        }

        return null;
    }

    private string? MetadataUrlFor(string issuer)
    {
        if (issuer == auth.Value.BotFrameworkIssuer)
        {
            return auth.Value.BotFrameworkOpenIdMetadataUrl;
        }

        var tenant = bot.Value.MicrosoftAppTenantId;
        if (string.IsNullOrWhiteSpace(tenant))
        {
            return null;
        }

        var entraIssuers = new[] { $"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0" };
        return entraIssuers.Contains(issuer, StringComparer.OrdinalIgnoreCase)
            ? auth.Value.EntraOpenIdMetadataUrlTemplate.Replace("{tenant}", tenant, StringComparison.Ordinal)
            : null;
    }

    private ConfigurationManager<OpenIdConnectConfiguration> ManagerFor(string metadataUrl) =>
        _metadata.GetOrAdd(metadataUrl, url => new ConfigurationManager<OpenIdConnectConfiguration>(
            url,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(httpClients.CreateClient(MetadataHttpClient)) { RequireHttps = auth.Value.RequireHttpsMetadata })
        {
            // Keys rotate; PROTOCOL.md asks for a refresh at least daily.
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
        });

    private static List<string> Endorsements(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue("endorsements", out var value))
        {
            return [];
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Select(e => e.GetString() ?? "")],
            IEnumerable<object> list => [.. list.Select(o => o?.ToString() ?? "")],
            _ => [],
        };
    }
}
