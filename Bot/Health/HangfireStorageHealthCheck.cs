using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ProgramaBot.Health;

/// <summary>Readiness: Hangfire's job storage answers a read (a dead PostgreSQL means no reminder fires).</summary>
internal sealed class HangfireStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Hangfire's storage API is synchronous: keep it off the request thread.
            await Task.Run(() =>
            {
                using var connection = storage.GetConnection();
                connection.GetAllItemsFromSet("programabot-readiness");
            }, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Hangfire's job storage is not reachable", e);
        }
    }
}
