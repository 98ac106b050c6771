using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ProgramaBot.Programme;

namespace ProgramaBot.Health;

/// <summary>Readiness: at least one programme is loaded, so questions can be answered.</summary>
internal sealed class ProgrammeHealthCheck(IProgrammeSource programmes) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var years = programmes.Current.All.Select(p => p.Year.ToString(CultureInfo.InvariantCulture)).ToList();
        return Task.FromResult(years.Count > 0
            ? HealthCheckResult.Healthy("programmes: " + string.Join(", ", years))
            : HealthCheckResult.Unhealthy("No programme is loaded"));
    }
}
