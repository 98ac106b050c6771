namespace ProgramaBot.Hosting;

public static class ListenAddress
{
    /// <summary>Where a local run listens: the Bot Framework tools' conventional port.</summary>
    public const string LocalDefault = "http://localhost:3978";

    private static readonly string[] ListenKeys = ["urls", "http_ports", "https_ports"];

    /// <summary>
    /// Listens on <see cref="LocalDefault"/> only when nothing else says where to listen. App Service's .NET images
    /// name the port in ASPNETCORE_HTTP_PORTS (8080), others use ASPNETCORE_URLS or Urls; a fixed "Urls" in
    /// appsettings.json would win over all of them and the deployed bot would answer nobody. The setting is the web
    /// host's "urls" (what <c>UseUrls</c> writes into the builder's configuration), so any host builder can carry it.
    /// </summary>
    public static IHostApplicationBuilder UseLocalDefaultWhenUnset(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var named = ListenKeys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]))
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
        if (!named)
        {
            configuration[WebHostDefaults.ServerUrlsKey] = LocalDefault;
        }

        return builder;
    }
}
