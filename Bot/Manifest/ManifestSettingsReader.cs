using System.Text.RegularExpressions;

namespace ProgramaBot.Manifest;

/// <summary>
/// Reads and checks <see cref="ManifestSettings"/>, collecting every problem at once so a person
/// fixes the configuration in one go. Messages are Spanish, then English, and name the setting.
/// </summary>
public static partial class ManifestSettingsReader
{
    public sealed record Result(ManifestSettings? Settings, IReadOnlyList<string> Problems);

    public static Result Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();

        var appId = RequiredGuid(configuration, ManifestSettingNames.MicrosoftAppId,
            "el id de aplicación (cliente) de Entra del bot", "the bot's Entra application (client) id", problems);
        var baseUrl = RequiredHttpsUrl(configuration, ManifestSettingNames.BaseUrl,
            "la URL https pública del bot, p. ej. https://app-programabot-prod-abc123.azurewebsites.net",
            "the bot's public https URL (the baseUrl output of infra/main.bicep)", problems);
        var privacyUrl = RequiredHttpsUrl(configuration, ManifestSettingNames.PrivacyUrl,
            "la página del aviso de privacidad", "the privacy notice page", problems);
        var termsUrl = RequiredHttpsUrl(configuration, ManifestSettingNames.TermsOfUseUrl,
            "la página de términos de uso", "the terms of use page", problems);
        var teamsAppId = OptionalGuid(configuration, ManifestSettingNames.TeamsAppId, problems);
        var version = OptionalVersion(configuration, ManifestSettingNames.Version, problems);

        return problems.Count > 0 || appId is null || baseUrl is null || privacyUrl is null || termsUrl is null
            ? new Result(null, problems)
            : new Result(new ManifestSettings(appId.Value, baseUrl, privacyUrl, termsUrl, teamsAppId, version), problems);
    }

    private static string? Value(IConfiguration configuration, string key)
        => configuration[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string Missing(string key, string whatEs, string whatEn)
    {
        var variable = ManifestSettingNames.AsEnvironmentVariable(key);
        return $"Falta la configuración «{key}» (variable de entorno {variable}): {whatEs}. " +
               $"/ Missing setting '{key}' (environment variable {variable}): {whatEn}.";
    }

    private static Guid? RequiredGuid(IConfiguration configuration, string key, string whatEs, string whatEn, List<string> problems)
    {
        if (Value(configuration, key) is not { } value)
        {
            problems.Add(Missing(key, whatEs, whatEn));
            return null;
        }

        return ParseGuid(key, value, problems);
    }

    private static Guid? OptionalGuid(IConfiguration configuration, string key, List<string> problems)
        => Value(configuration, key) is { } value ? ParseGuid(key, value, problems) : null;

    private static Guid? ParseGuid(string key, string value, List<string> problems)
    {
        if (Guid.TryParseExact(value, "D", out var guid) && guid != Guid.Empty)
        {
            return guid;
        }

        problems.Add($"La configuración «{key}» debe ser un GUID como 00000000-0000-0000-0000-000000000000 y vale «{value}». " +
                     $"/ Setting '{key}' must be a GUID.");
        return null;
    }

    private static Uri? RequiredHttpsUrl(IConfiguration configuration, string key, string whatEs, string whatEn, List<string> problems)
    {
        if (Value(configuration, key) is not { } value)
        {
            problems.Add(Missing(key, whatEs, whatEn));
            return null;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0)
        {
            return uri;
        }

        problems.Add($"La configuración «{key}» debe ser una URL https absoluta y vale «{value}». " +
                     $"/ Setting '{key}' must be an absolute https URL.");
        return null;
    }

    private static string? OptionalVersion(IConfiguration configuration, string key, List<string> problems)
    {
        if (Value(configuration, key) is not { } value)
        {
            return null;
        }

        if (SemVer().IsMatch(value))
        {
            return value;
        }

        problems.Add($"La configuración «{key}» debe tener la forma mayor.menor.parche (p. ej. 1.2.0) y vale «{value}». " +
                     $"/ Setting '{key}' must look like 1.2.0.");
        return null;
    }

    // The manifest schema's own semver pattern: three numbers, no leading zeros, no suffix.
    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SemVer();
}
