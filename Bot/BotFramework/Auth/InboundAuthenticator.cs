using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Connector.Trust;

namespace ProgramaBot.BotFramework.Auth;

/// <summary>
/// Validates the Bearer token on an inbound activity (docs/SECURITY.md): Bot Framework tokens, or Entra tokens of the
/// configured tenant whose calling app is the bot itself or an allowed caller. Any failure is "not authenticated"; the
/// reason is only logged. A Bot Framework token's serviceurl claim is recorded as a place the bot may send its own token.
/// </summary>
internal sealed class InboundAuthenticator(
    IOptions<BotOptions> bot,
    IOptions<BotAuthenticationOptions> auth,
    SigningKeys signingKeys,
    ValidatedTokens validated,
    ServiceUrlPolicy serviceUrls,
    ILogger<InboundAuthenticator> logger)
{
    public const string MetadataHttpClient = "bot-openid-metadata";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A token's lifetime is the issuer's real time, never the bot's (possibly simulated) <see cref="TimeProvider"/>:
    /// the handler's lifetime check reads the system clock, so <see cref="ValidatedTokens"/> reads it too.
    /// </summary>
    private static readonly TimeProvider TokenClock = TimeProvider.System;
    private readonly JsonWebTokenHandler _handler = new();

    /// <returns>The caller, or null when the activity must be refused with 401.</returns>
    public Task<InboundCaller?> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
        => bot.Value.IsLocalMode ? LocalCaller : AuthenticateTokenAsync(authorizationHeader, activity, cancellationToken);

    /// <summary>Local mode's answer, the same for every activity: one completed task rather than one per turn.</summary>
    private static readonly Task<InboundCaller?> LocalCaller = Task.FromResult<InboundCaller?>(InboundCaller.Local);

    private async Task<InboundCaller?> AuthenticateTokenAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            var (caller, failure) = await ValidateAsync(authorizationHeader, activity, cancellationToken);
            if (caller is not null)
            {
                return caller;
            }

            logger.LogWarning("Inbound activity rejected: {Reason}", failure);
            return null;
        }
        catch (Exception e) when (e is SecurityTokenException or ArgumentException or InvalidOperationException
                                       or HttpRequestException or IOException or JsonException)
        {
            logger.LogWarning("Inbound activity rejected: {Reason}", e.Message);
            return null;
        }
    }

    private async Task<(InboundCaller? Caller, string? Failure)> ValidateAsync(string? header, Activity activity, CancellationToken cancellationToken)
    {
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "missing Bearer token");
        }

        var now = TokenClock.GetUtcNow();
        var known = validated.Find(TokenText(header), now, out var verifiedWith);
        string? raw = null;
        if (known is null)
        {
            raw = TokenText(header).ToString();
            if (!_handler.CanReadToken(raw))
            {
                return (null, "unreadable token");
            }
        }

        var unvalidated = known ?? new JsonWebToken(raw!);
        var issuer = unvalidated.Issuer;
        if (MetadataUrlFor(issuer) is not { } metadataUrl)
        {
            return (null, $"untrusted issuer '{issuer}'");
        }

        // Without a key id the endorsements cannot be checked (and every key would be tried): refuse.
        if (string.IsNullOrEmpty(unvalidated.Kid))
        {
            return (null, "the token names no signing key (kid)");
        }

        if (await signingKeys.FindAsync(metadataUrl, unvalidated.Kid, cancellationToken) is not { } signing)
        {
            return (null, $"unknown signing key '{unvalidated.Kid}'");
        }

        // The same text verified with the very key the issuer still publishes: its signature and claims were checked
        // then and cannot have changed; its lifetime was checked by Find. Anything else is validated in full.
        if (known is null || !ReferenceEquals(verifiedWith, signing.Key))
        {
            raw ??= TokenText(header).ToString();
            var (verified, failure) = await VerifyAsync(raw, issuer, signing.Key);
            if (verified is null)
            {
                return (null, failure);
            }

            known = verified;
            validated.Add(raw, known, signing.Key, ClockSkew, now);
        }

        if (signing.Published is { } published && Endorsements(published) is { Count: > 0 } endorsements
            && !endorsements.Contains(activity.ChannelId ?? "", StringComparer.OrdinalIgnoreCase))
        {
            return (null, $"signing key not endorsed for channel '{activity.ChannelId}'");
        }

        return issuer == auth.Value.BotFrameworkIssuer ? BotConnector(known, activity) : EntraApp(known);
    }

    /// <summary>The signature with the issuer's key, issuer, audience, algorithm and lifetime: what <see cref="ValidatedTokens"/> keeps.</summary>
    private async Task<(JsonWebToken? Token, string? Failure)> VerifyAsync(string raw, string issuer, SecurityKey key)
    {
        var result = await _handler.ValidateTokenAsync(raw, new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = bot.Value.MicrosoftAppId,
            IssuerSigningKey = key,
            TryAllIssuerSigningKeys = false,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        });
        return result.IsValid ? ((JsonWebToken)result.SecurityToken, null) : (null, result.Exception?.Message ?? "invalid token");
    }

    private static ReadOnlySpan<char> TokenText(string bearerHeader) => bearerHeader.AsSpan("Bearer ".Length).Trim();

    /// <summary>The Bot Connector vouches, in the serviceurl claim, for where this conversation is served.</summary>
    private (InboundCaller?, string?) BotConnector(JsonWebToken token, Activity activity)
    {
        if (!token.TryGetPayloadValue<string>("serviceurl", out var claimed)
            || !string.Equals(claimed?.TrimEnd('/'), activity.ServiceUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            return (null, "serviceurl claim does not match the activity's serviceUrl");
        }

        serviceUrls.Vouch(activity.ServiceUrl);
        return (new InboundCaller(InboundCallerKind.BotConnector), null);
    }

    /// <summary>
    /// Any app of the tenant can get a token for this bot: only the bot itself and named callers are accepted. Such a
    /// token carries no serviceurl claim, so it never vouches for the activity's serviceUrl.
    /// </summary>
    private (InboundCaller?, string?) EntraApp(JsonWebToken token)
    {
        var caller = token.TryGetPayloadValue<string>("azp", out var azp) && !string.IsNullOrEmpty(azp) ? azp
            : token.TryGetPayloadValue<string>("appid", out var appId) ? appId : null;
        if (string.IsNullOrEmpty(caller))
        {
            return (null, "the Entra token names no calling app (azp/appid)");
        }

        var allowed = auth.Value.AllowedCallers.Append(bot.Value.MicrosoftAppId!);
        return allowed.Contains(caller, StringComparer.OrdinalIgnoreCase)
            ? (new InboundCaller(InboundCallerKind.EntraApp, caller), null)
            : (null, $"calling app '{caller}' is neither the bot nor on BotAuthentication:AllowedCallers");
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
