using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ProgramaBot.Security;

public static class ApiKeyGateSetup
{
    /// <summary>One gate (and one failure count per client) for every feature that takes an administration key.</summary>
    public static IHostApplicationBuilder AddApiKeyGate(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton<ApiKeyGate>();
        return builder;
    }
}
