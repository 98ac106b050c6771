using System.Diagnostics.CodeAnalysis;

namespace ProgramaBot.BotFramework.Connector;

public static class ServiceUrls
{
    /// <summary>An absolute http(s) URL, normalised to end in '/' so relative paths append to it.</summary>
    public static bool TryParse(string? serviceUrl, [NotNullWhen(true)] out Uri? baseUri)
    {
        baseUri = null;
        if (string.IsNullOrWhiteSpace(serviceUrl)
            || !Uri.TryCreate(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return false;
        }

        baseUri = uri;
        return true;
    }
}
