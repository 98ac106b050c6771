using Microsoft.Extensions.Diagnostics.HealthChecks;
using ProgramaBot.BotFramework.References;

namespace ProgramaBot.Storage;

/// <summary>Readiness: the configured store answers a read.</summary>
internal sealed class StorageHealthCheck(IConversationReferenceStore references) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await references.GetAsync("healthcheck-probe", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Storage is not reachable", e);
        }
    }
}
