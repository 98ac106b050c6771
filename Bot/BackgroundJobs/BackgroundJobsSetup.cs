using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Options;
using ProgramaBot.BotFramework.Connector.Pacing;
using ProgramaBot.Security;
using ProgramaBot.Storage;

namespace ProgramaBot.BackgroundJobs;

public static class BackgroundJobsSetup
{
    private const string DashboardPath = "/hangfire";

    /// <summary>
    /// Hangfire inside the bot, storage by Hangfire:Storage; it runs the reminders' jobs and the approvals' card
    /// settling. Storage and activator are this host's own singletons, not Hangfire's static globals, so two hosts in
    /// one process (tests) never run each other's jobs.
    /// </summary>
    public static IHostApplicationBuilder AddBackgroundJobs(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<HangfireOptions>().BindConfiguration(HangfireOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<JobStorage>(CreateStorage);
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IInstanceCount, HangfireInstanceCount>(); // Teams' global limit is shared by every server
        services.AddHangfire((sp, config) => config
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddAntiforgery(); // the dashboard's POSTs carry Hangfire's antiforgery token, checked when this is registered
        WithoutKeyRingWarmUp(services);
        services.AddHangfireServer((sp, server) =>
        {
            var o = sp.GetRequiredService<IOptions<HangfireOptions>>().Value;
            server.SchedulePollingInterval = o.SchedulePollingInterval;
            server.WorkerCount = o.WorkerCount;
        });
        StartedOffTheMainThread.WrapLastRegistered(services); // the server's start is the longest of the host's
        return builder;
    }

    /// <summary>
    /// /hangfire, guarded by <see cref="DashboardAuthorization"/> with <paramref name="adminApiKey"/> (the reminders'
    /// administration key, Reminders:AdminApiKey).
    /// </summary>
    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints, string? adminApiKey)
    {
        var services = endpoints.ServiceProvider;
        var authorization = new DashboardAuthorization(services.GetRequiredService<IHostEnvironment>(), adminApiKey,
            services.GetRequiredService<ApiKeyGate>());
        var options = new DashboardOptions
        {
            Authorization = [authorization],
            DisplayStorageConnectionString = false,
            AppPath = null,
            // Hangfire checks its antiforgery token on every POST (AddAntiforgery, AddBackgroundJobs): browsers resend Basic
            // credentials cross-site, so without it any page an admin visits could trigger or delete jobs.
            IgnoreAntiforgeryToken = false,
        };

        // What MapHangfireDashboard builds, but on the first request rather than here: Hangfire's middleware takes the
        // storage when it is made, and opening it (SQLite: creating its schema) would otherwise hold up start-up.
        var dashboard = new Lazy<RequestDelegate>(() =>
        {
            var app = endpoints.CreateApplicationBuilder();
            app.Use((http, next) =>
            {
                http.SetEndpoint(null); // Hangfire's own routing takes over below /hangfire
                return next(http);
            });
            app.UseHangfireDashboard(DashboardPath, options, services.GetRequiredService<JobStorage>());
            return app.Build();
        });
        endpoints.Map($"{DashboardPath}/{{**path}}", http => authorization.GuardAsync(http, h => dashboard.Value(h)));
        return endpoints;
    }

    /// <summary>
    /// Antiforgery brings ASP.NET Core Data Protection, whose hosted service reads the key ring at start-up (on a first
    /// run it creates and writes a key): ≈ 50 ms on the main thread before Kestrel listens, for a ring only the dashboard's
    /// forms use. Without it the ring is read on first use, as Data Protection does for any app without the service.
    /// </summary>
    private static void WithoutKeyRingWarmUp(IServiceCollection services)
    {
        var warmUp = services.FirstOrDefault(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DataProtectionHostedService");
        if (warmUp is not null)
        {
            services.Remove(warmUp);
        }
    }

    private static JobStorage CreateStorage(IServiceProvider sp)
    {
        // Hangfire's statics (log provider, serializer settings) are set by its configuration: apply it first.
        sp.GetRequiredService<IGlobalConfiguration>();
        var o = sp.GetRequiredService<IOptions<HangfireOptions>>().Value;
        return o.Storage switch
        {
            HangfireOptions.StorageInMemory => new InMemoryStorage(),
            HangfireOptions.StoragePostgreSql => PostgreSql(o.PostgreSql),
            _ => new SQLiteStorage(SqlitePath(sp), new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) }),
        };
    }

    private static PostgreSqlStorage PostgreSql(HangfireOptions.PostgreSqlSettings settings)
    {
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = settings.SchemaName,
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromSeconds(1),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(settings.ConnectionString!, storageOptions), storageOptions);
    }

    /// <summary>A file of its own next to the bot's SQLite database (Storage:DataFolder).</summary>
    private static string SqlitePath(IServiceProvider sp)
    {
        var folder = Path.GetFullPath(Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath,
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.DataFolder));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "hangfire.db");
    }
}
