using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ProgramaBot.Tests.Fakes;

/// <summary>A real Kestrel server on 127.0.0.1 and a free port, for fakes of services the bot calls.</summary>
public static class LocalServer
{
    /// <returns>The running app and its base URL (no trailing '/').</returns>
    /// <param name="certificate">Serve https with it (e.g. <see cref="LocalCertificate"/>) instead of http.</param>
    public static async Task<(WebApplication App, string BaseUrl)> StartAsync(
        Action<WebApplication> map, System.Security.Cryptography.X509Certificates.X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        if (certificate is null)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseKestrelHttpsConfiguration();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        }

        builder.Logging.ClearProviders();
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, address.TrimEnd('/'));
    }
}
