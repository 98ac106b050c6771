namespace ProgramaBot.Manifest;

/// <summary>
/// The environment-specific values the Teams app package needs, read from configuration
/// (appsettings, environment variables such as <c>Manifest__BaseUrl</c>, user secrets, or
/// <c>--Manifest:BaseUrl=…</c> on the command line).
/// </summary>
/// <param name="MicrosoftAppId">The bot's Entra app id: <c>bots[0].botId</c> and <c>webApplicationInfo.id</c>.</param>
/// <param name="BaseUrl">The bot's public HTTPS base URL; its host goes to <c>validDomains</c>.</param>
/// <param name="TeamsAppId">Overrides the manifest's <c>id</c>, e.g. to install test and production side by side.</param>
/// <param name="Version">Overrides the manifest's <c>version</c>; Teams only takes an update whose version grew.</param>
public sealed record ManifestSettings(
    Guid MicrosoftAppId,
    Uri BaseUrl,
    Uri PrivacyUrl,
    Uri TermsOfUseUrl,
    Guid? TeamsAppId,
    string? Version)
{
    /// <summary>The values the template's <c>{{Name}}</c> placeholders are replaced with.</summary>
    public IReadOnlyDictionary<string, string> Placeholders => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["MicrosoftAppId"] = MicrosoftAppId.ToString("D"),
        ["BotDomain"] = BaseUrl.Host,
        ["PrivacyUrl"] = PrivacyUrl.AbsoluteUri,
        ["TermsOfUseUrl"] = TermsOfUseUrl.AbsoluteUri,
    };
}
