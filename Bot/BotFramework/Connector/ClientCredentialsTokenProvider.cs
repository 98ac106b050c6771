using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace ProgramaBot.BotFramework.Connector;

/// <summary>
/// OAuth client credentials against the configured tenant (or <c>botframework.com</c> for legacy multi-tenant
/// bots), cached until shortly before it expires.
/// </summary>
internal sealed class ClientCredentialsTokenProvider(
    IHttpClientFactory httpClients,
    IOptions<BotOptions> bot,
    IOptions<BotAuthenticationOptions> auth,
    TimeProvider time) : IConnectorTokenProvider, IDisposable
{
    public const string HttpClientName = "bot-connector-token";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset ExpiresAt)? _cached;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } fresh && time.GetUtcNow() < fresh.ExpiresAt)
        {
            return fresh.Token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } raced && time.GetUtcNow() < raced.ExpiresAt)
            {
                return raced.Token;
            }

            var options = bot.Value;
            if (options.MissingForReplies().ToList() is { Count: > 0 } missing)
            {
                throw new InvalidOperationException($"{string.Join(" and ", missing)} not set: no Bot Connector token can be requested.");
            }

            var tenant = options.MicrosoftAppType == BotOptions.MultiTenant ? "botframework.com" : options.MicrosoftAppTenantId!;
            var endpoint = auth.Value.TokenEndpointTemplate.Replace("{tenant}", tenant, StringComparison.Ordinal);
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = options.MicrosoftAppId!,
                ["client_secret"] = options.MicrosoftAppPassword ?? "",
                ["scope"] = auth.Value.ConnectorScope,
            });
            using var http = httpClients.CreateClient(HttpClientName);
            using var response = await http.PostAsync(new Uri(endpoint), form, cancellationToken);
            response.EnsureSuccessStatusCode();
            var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
                ?? throw new InvalidOperationException("The token endpoint returned no body.");
            var lifetime = TimeSpan.FromSeconds(Math.Max(token.ExpiresIn, 60)) - RefreshMargin;
            _cached = (token.AccessToken, time.GetUtcNow() + (lifetime > TimeSpan.Zero ? lifetime : TimeSpan.FromSeconds(30)));
            return token.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
