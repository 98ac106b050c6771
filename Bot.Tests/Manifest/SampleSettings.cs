using Microsoft.Extensions.Configuration;
using ProgramaBot.Manifest;

namespace ProgramaBot.Tests.Manifest;

/// <summary>Plausible packaging configuration; tests remove or break one value at a time.</summary>
internal static class SampleSettings
{
    public const string AppId = "3f2c1a9e-5b7d-4e11-9c0a-6d8e2f4b7a15";
    public const string BaseUrl = "https://app-programabot-test-abc123.azurewebsites.net";
    public const string Host = "app-programabot-test-abc123.azurewebsites.net";

    public static Dictionary<string, string?> Configuration() => new()
    {
        [ManifestSettingNames.MicrosoftAppId] = AppId,
        [ManifestSettingNames.BaseUrl] = BaseUrl,
        [ManifestSettingNames.PrivacyUrl] = "https://www.iepcdurango.mx/aviso-de-privacidad",
        [ManifestSettingNames.TermsOfUseUrl] = "https://www.iepcdurango.mx/terminos-de-uso",
    };

    public static ManifestSettings Settings() =>
        ManifestSettingsReader.Read(new ConfigurationBuilder().AddInMemoryCollection(Configuration()).Build()).Settings
        ?? throw new InvalidOperationException("sample settings are invalid");
}
