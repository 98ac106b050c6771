namespace ProgramaBot.Manifest;

/// <summary>Configuration keys read by <c>package-manifest</c> (documented in docs/DEPLOY.md).</summary>
public static class ManifestSettingNames
{
    /// <summary>Conventional Bot Framework key, shared with the running bot.</summary>
    public const string MicrosoftAppId = "MicrosoftAppId";
    public const string BaseUrl = "Manifest:BaseUrl";
    public const string PrivacyUrl = "Manifest:PrivacyUrl";
    public const string TermsOfUseUrl = "Manifest:TermsOfUseUrl";
    public const string TeamsAppId = "Manifest:TeamsAppId";
    public const string Version = "Manifest:Version";

    /// <summary>The environment variable spelling of a key (<c>Manifest:BaseUrl</c> → <c>Manifest__BaseUrl</c>).</summary>
    public static string AsEnvironmentVariable(string key) => key.Replace(":", "__", StringComparison.Ordinal);
}
