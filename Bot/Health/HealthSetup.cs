using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ProgramaBot.Health;

public static class HealthSetup
{
    /// <summary>/healthz: the process answers (liveness). /readyz: its storage answers too (readiness).</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return endpoints;
    }
}
