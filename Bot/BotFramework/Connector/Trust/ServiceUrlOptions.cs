namespace ProgramaBot.BotFramework.Connector.Trust;

/// <summary>Where the bot's Bot Connector token may go besides a serviceUrl an inbound Bot Framework token vouched for.</summary>
public sealed class ServiceUrlOptions
{
    public const string Section = "Connector";

    /// <summary>
    /// Teams' Bot Connector endpoints: public cloud (regional paths such as /amer/, /emea/, /teams/), GCC, GCC High, DoD.
    /// Any path under these hosts is accepted; a setting replaces the whole list.
    /// </summary>
    public static readonly string[] TeamsServiceUrls =
    [
        "https://smba.trafficmanager.net/",
        "https://smba.infra.gcc.teams.microsoft.com/",
        "https://smba.infra.gov.teams.microsoft.us/",
        "https://smba.infra.dod.teams.microsoft.us/",
    ];

    /// <summary>Connector:AllowedServiceUrls — URL prefixes. Unset: <see cref="TeamsServiceUrls"/>.</summary>
    public string[]? AllowedServiceUrls { get; set; }

    public IReadOnlyList<string> EffectiveAllowedServiceUrls => AllowedServiceUrls is { Length: > 0 } urls ? urls : TeamsServiceUrls;

    /// <summary>Each entry an absolute URL; https outside Development, where the token must never travel in clear.</summary>
    public bool IsValid(bool development)
        => EffectiveAllowedServiceUrls.All(u => ServiceUrls.TryParse(u, out var uri) && (development || uri.Scheme == Uri.UriSchemeHttps));

    public const string ValidationMessage =
        "Connector:AllowedServiceUrls must list absolute URLs of Bot Connector services, https outside Development.";
}
