using System.ComponentModel.DataAnnotations;

namespace ProgramaBot.BotFramework;

/// <summary>Where tokens and signing keys come from; configurable so tests can serve their own keys.</summary>
public sealed class BotAuthenticationOptions
{
    public const string Section = "BotAuthentication";

    [Required, Url]
    public string BotFrameworkOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string BotFrameworkIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>{tenant} is replaced by MicrosoftAppTenantId.</summary>
    [Required]
    public string EntraOpenIdMetadataUrlTemplate { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    [Required]
    public string TokenEndpointTemplate { get; set; } = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";

    [Required]
    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>
    /// Apps (Entra app ids) besides the bot itself whose Entra-issued tokens are accepted. An Entra token only proves that
    /// some app of the tenant asked for it, so the caller (azp, or appid in v1 tokens) must be named. Empty by default.
    /// </summary>
    public string[] AllowedCallers { get; set; } = [];

    /// <summary>Only tests serving keys over plain http turn this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;
}
