using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ProgramaBot.Programme.Import;

namespace ProgramaBot.Programme;

public static class ProgrammeServiceCollectionExtensions
{
    /// <summary>Loads and validates every configured programme file; a bad file stops start-up.</summary>
    public static IServiceCollection AddProgramme(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProgrammeOptions>()
            .Bind(configuration.GetSection(ProgrammeOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISessionDateOverrides, NoSessionDateOverrides>();
        services.AddSingleton(sp => ProgrammeCatalog.LoadFiles(sp.GetRequiredService<IOptions<ProgrammeOptions>>().Value.AllFiles()));
        services.TryAddSingleton<IProgrammeSource>(sp => new FixedProgrammeSource(sp.GetRequiredService<ProgrammeCatalog>()));
        services.AddSingleton<ProgrammeSchedule>();
        services.AddHostedService<ProgrammeStartupCheck>();
        services.AddProgrammeImport();
        return services;
    }
}

/// <summary>Resolves the catalog while the host starts, so a bad file fails start-up rather than the first question.</summary>
internal sealed class ProgrammeStartupCheck(ProgrammeCatalog catalog, ILogger<ProgrammeStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Programmes loaded: {Years}", string.Join(", ", catalog.All.Select(p => p.Year)));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
