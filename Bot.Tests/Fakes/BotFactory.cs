using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ProgramaBot.Tests.Fakes;

/// <summary>
/// The real bot in-process (WebApplicationFactory) with its own temporary data folder, Development
/// environment (local mode unless an app id is given) and optional settings and clock.
/// </summary>
public sealed class BotFactory(IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? time = null)
    : WebApplicationFactory<Program>
{
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "programabot-tests", Guid.NewGuid().ToString("N"));

    public FakeTimeProvider? FakeTime => time as FakeTimeProvider;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataFolder", DataFolder);
        builder.UseSetting("Connector:RetryBaseDelay", "00:00:00.010");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (time is not null)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(time)));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataFolder))
        {
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
