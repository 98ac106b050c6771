using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ProgramaBot.BotFramework.Auth;

/// <summary>
/// The signing keys of each token issuer, from its OpenID metadata. Refreshed every 12 hours (keys rotate; the protocol asks
/// for at least daily), and at once when a token names a key id not yet seen — a rotation would otherwise mean hours of
/// 401s — but at most once per <see cref="ForcedRefreshInterval"/>, so tokens with made-up key ids cannot hammer the issuer.
/// </summary>
internal sealed class SigningKeys(IHttpClientFactory httpClients, IOptions<BotAuthenticationOptions> auth, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(12);
    public static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private sealed record Entry(OpenIdConnectConfiguration Configuration, DateTimeOffset FetchedAt);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastForcedRefresh = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _fetching = new(1, 1);

    /// <summary>The key with this id and the JSON Web Key it came from (for its endorsements), or null when unknown.</summary>
    public async Task<(SecurityKey Key, JsonWebKey? Published)?> FindAsync(string metadataUrl, string keyId, CancellationToken cancellationToken)
    {
        var entry = await CurrentAsync(metadataUrl, cancellationToken);
        if (Find(entry, keyId) is { } found)
        {
            return found;
        }

        var now = time.GetUtcNow();
        if (_lastForcedRefresh.TryGetValue(metadataUrl, out var last) && now - last < ForcedRefreshInterval)
        {
            return null;
        }

        _lastForcedRefresh[metadataUrl] = now;
        return Find(await FetchAsync(metadataUrl, entry, cancellationToken), keyId);
    }

    private async Task<Entry> CurrentAsync(string metadataUrl, CancellationToken cancellationToken)
        => _entries.TryGetValue(metadataUrl, out var entry) && time.GetUtcNow() - entry.FetchedAt < RefreshInterval
            ? entry
            : await FetchAsync(metadataUrl, stale: entry, cancellationToken);

    private async Task<Entry> FetchAsync(string metadataUrl, Entry? stale, CancellationToken cancellationToken)
    {
        await _fetching.WaitAsync(cancellationToken);
        try
        {
            // Another request may have fetched while this one waited.
            if (_entries.TryGetValue(metadataUrl, out var current) && !ReferenceEquals(current, stale))
            {
                return current;
            }

            var retriever = new HttpDocumentRetriever(httpClients.CreateClient(InboundAuthenticator.MetadataHttpClient))
            {
                RequireHttps = auth.Value.RequireHttpsMetadata,
            };
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl, retriever, cancellationToken);
            var entry = new Entry(configuration, time.GetUtcNow());
            _entries[metadataUrl] = entry;
            return entry;
        }
        finally
        {
            _fetching.Release();
        }
    }

    private static (SecurityKey Key, JsonWebKey? Published)? Find(Entry entry, string keyId)
    {
        var key = entry.Configuration.SigningKeys.FirstOrDefault(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));
        return key is null
            ? null
            : (key, entry.Configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal)));
    }

    public void Dispose() => _fetching.Dispose();
}
