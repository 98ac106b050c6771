using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ProgramaBot.BotFramework.Connector.Trust;

/// <summary>
/// Decides where the bot's Bot Connector token may be sent: under a serviceUrl that an authenticated Bot Framework token
/// vouched for (its <c>serviceurl</c> claim), or under an allow-listed Bot Connector URL; https only outside Development.
/// Anything else would hand the token to whoever wrote the activity. Local mode (no app id, Development only) sends no
/// token, so it is not restricted.
/// </summary>
public sealed class ServiceUrlPolicy
{
    /// <summary>Bot Framework tokens come from Microsoft alone; the bound only guards memory against the unexpected.</summary>
    private const int MaxVouched = 1_000;

    private readonly ConcurrentDictionary<string, Uri> _vouched = new(StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlyList<Uri> _allowed;
    private readonly bool _enforced;
    private readonly bool _httpsOnly;

    public ServiceUrlPolicy(IOptions<BotOptions> bot, IOptions<ServiceUrlOptions> options, IHostEnvironment environment)
    {
        _enforced = !bot.Value.IsLocalMode;
        _httpsOnly = !environment.IsDevelopment();
        _allowed = [.. options.Value.EffectiveAllowedServiceUrls.Select(u => ServiceUrls.TryParse(u, out var uri) ? uri : null).OfType<Uri>()];
    }

    /// <summary>Called by inbound authentication for a Bot Framework token whose serviceurl claim matched the activity.</summary>
    public void Vouch(string? serviceUrl)
    {
        if (_enforced && ServiceUrls.TryParse(serviceUrl, out var uri) && _vouched.Count < MaxVouched)
        {
            _vouched.TryAdd(uri.AbsoluteUri, uri);
        }
    }

    public bool Allows(string? serviceUrl) => ServiceUrls.TryParse(serviceUrl, out var uri) && Allows(uri);

    public bool Allows(Uri? requestUri)
    {
        if (!_enforced)
        {
            return true;
        }

        if (requestUri is null || !requestUri.IsAbsoluteUri || requestUri.UserInfo.Length > 0
            || (_httpsOnly && requestUri.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        return _allowed.Any(prefix => IsUnder(requestUri, prefix)) || _vouched.Values.Any(prefix => IsUnder(requestUri, prefix));
    }

    /// <summary>Same scheme, host and port, and a path under the prefix's path (which ends in '/', so /amer/ never matches /amerx/).</summary>
    private static bool IsUnder(Uri uri, Uri prefix)
        => string.Equals(uri.Scheme, prefix.Scheme, StringComparison.OrdinalIgnoreCase)
           && string.Equals(uri.IdnHost, prefix.IdnHost, StringComparison.OrdinalIgnoreCase)
           && uri.Port == prefix.Port
           && uri.AbsolutePath.StartsWith(prefix.AbsolutePath, StringComparison.OrdinalIgnoreCase);
}
