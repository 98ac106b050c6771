using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ProgramaBot.Health;

public static class HealthSetup
{
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The readiness checks beside storage's own (registered by AddStorage): Hangfire's job storage, the loaded
    /// programme, and a Bot Connector token.
    /// </summary>
    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ConnectorTokenHealthCheck>(); // one instance: it keeps its last outcome
        services.AddHealthChecks()
            .AddCheck<HangfireStorageHealthCheck>("hangfire", tags: ["ready"], timeout: CheckTimeout)
            .AddCheck<ProgrammeHealthCheck>("programme", tags: ["ready"])
            .AddCheck<ConnectorTokenHealthCheck>("connector-token", tags: ["ready"], timeout: CheckTimeout);
        return builder;
    }

    /// <summary>
    /// /healthz: the process answers (liveness; App Service's health check). /readyz: everything a turn or a notice
    /// needs answers too — 503 with the failing check named when not.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = WriteReadinessAsync,
        });
        return endpoints;
    }

    private static Task WriteReadinessAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
    }
}
