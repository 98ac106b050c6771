using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ProgramaBot.Programme.Import;
using ProgramaBot.Programme.Publication;
using ProgramaBot.Time;

namespace ProgramaBot.Programme;

public static class ProgrammeSetup
{
    /// <summary>
    /// Loads and validates every configured programme file (a bad file stops start-up), and serves them overlaid with
    /// the programmes published through the commission (<see cref="StoredProgrammeSource"/>).
    /// </summary>
    public static IHostApplicationBuilder AddProgramme(this IHostApplicationBuilder builder)
    {
        var (services, configuration) = (builder.Services, builder.Configuration);
        services.AddOptions<ProgrammeOptions>()
            .Bind(configuration.GetSection(ProgrammeOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISessionDateOverrides, NoSessionDateOverrides>();
        services.AddSingleton(sp => ProgrammeCatalog.LoadFiles(sp.GetRequiredService<IOptions<ProgrammeOptions>>().Value.AllFiles()));
        services.AddOptions<PublicationOptions>()
            .Bind(configuration.GetSection(PublicationOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // The configured files plus what the commission published (IProgrammeStore comes from AddStorage).
        services.AddSingleton<StoredProgrammeSource>();
        // Without storage (a host of the programme alone) the files are served as they are.
        services.TryAddSingleton<IProgrammeSource>(sp => sp.GetService<IProgrammeStore>() is null
            ? new FixedProgrammeSource(sp.GetRequiredService<ProgrammeCatalog>())
            : sp.GetRequiredService<StoredProgrammeSource>());
        services.AddSingleton(sp => new ProgrammeSchedule(
            sp.GetRequiredService<IProgrammeSource>(), sp.GetRequiredService<ISessionDateOverrides>(), sp.GetRequiredService<CommissionClock>()));
        services.AddHostedService<ProgrammeStartupCheck>();
        builder.AddProgrammeImport();
        return builder;
    }
}

/// <summary>
/// Resolves the catalog while the host starts, so a bad file fails start-up rather than the first question; then
/// loads what was published and starts watching for new publications. The catalog is resolved here, not in the
/// constructor and on a worker thread: the answers' warm-up (<c>AnswerEngineWarmUp.StartingAsync</c>) is already loading
/// it by then, and this waits for that load without holding up Kestrel (hosted services start concurrently; the host
/// still waits for this, so a bad file still fails start-up).
/// </summary>
internal sealed class ProgrammeStartupCheck(IServiceProvider services, ILogger<ProgrammeStartupCheck> logger) : IHostedService
{
    /// <summary>Set once started: what <see cref="StopAsync"/> stops (the container may be disposing by then).</summary>
    private StoredProgrammeSource? _stored;

    public Task StartAsync(CancellationToken cancellationToken) => Task.Run(() => StartOffTheMainThreadAsync(cancellationToken), cancellationToken);

    private async Task StartOffTheMainThreadAsync(CancellationToken cancellationToken)
    {
        var catalog = services.GetRequiredService<ProgrammeCatalog>();
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Programme files loaded: {Years}", string.Join(", ", catalog.All.Select(p => p.Year)));
        }

        if (services.GetRequiredService<IProgrammeSource>() is StoredProgrammeSource stored)
        {
            _stored = stored;
            await stored.StartAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => _stored?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
