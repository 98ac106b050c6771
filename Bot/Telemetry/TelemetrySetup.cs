using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ProgramaBot.Telemetry;

public static class TelemetrySetup
{
    /// <summary>
    /// OpenTelemetry traces and metrics: every request (but the health probes), every outbound HTTP call (the
    /// Connector, the token endpoint), the bot's turn spans and its own meter. Exported to Application Insights when
    /// a connection string is set, to an OTLP collector when an endpoint is set, and not collected at all otherwise.
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<BotMetrics>();

        var options = TelemetryOptions.From(builder.Configuration);
        if (options.ApplicationInsightsConnectionString is { } connectionString)
        {
            ValidateConnectionString(connectionString);
        }

        if (options.OtlpEndpoint is { } endpoint && !Uri.TryCreate(endpoint, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException($"Telemetry:OtlpEndpoint (or OTEL_EXPORTER_OTLP_ENDPOINT) is not an absolute URL: '{endpoint}'.");
        }

        // What to collect is configured whether or not anything exports it: it takes effect only if a provider is
        // built (an exporter below, or a test's in-memory one), so a bot without telemetry pays nothing for it.
        // The Azure Monitor distro brings its own ASP.NET Core and HttpClient instrumentation.
        var bringsInstrumentation = options.ApplicationInsightsConnectionString is not null;
        services.ConfigureOpenTelemetryTracerProvider(tracing =>
        {
            tracing.AddSource(BotTraces.SourceName);
            if (!bringsInstrumentation)
            {
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = http => !IsProbe(http.Request.Path))
                    .AddHttpClientInstrumentation();
            }
        });
        services.ConfigureOpenTelemetryMeterProvider(metrics =>
        {
            metrics.AddMeter(BotMetrics.MeterName);
            if (!bringsInstrumentation)
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
            }
        });
        if (bringsInstrumentation)
        {
            services.Configure<OpenTelemetry.Instrumentation.AspNetCore.AspNetCoreTraceInstrumentationOptions>(
                o => o.Filter = http => !IsProbe(http.Request.Path));
        }

        if (options.ApplicationInsightsConnectionString is null && options.OtlpEndpoint is null)
        {
            return builder;
        }

        var otel = services.AddOpenTelemetry().ConfigureResource(r => r.AddService("ProgramaBot"));
        if (options.ApplicationInsightsConnectionString is { } appInsights)
        {
            otel.UseAzureMonitor(o => o.ConnectionString = appInsights);
        }

        if (options.OtlpEndpoint is { } otlp)
        {
            otel.WithTracing(t => t.AddOtlpExporter(o => o.Endpoint = new Uri(otlp)))
                .WithMetrics(m => m.AddOtlpExporter(o => o.Endpoint = new Uri(otlp)));
        }

        return builder;
    }

    private static bool IsProbe(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");

    private static void ValidateConnectionString(string connectionString)
    {
        if (!connectionString.Contains("InstrumentationKey=", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                "Telemetry:ApplicationInsightsConnectionString (or APPLICATIONINSIGHTS_CONNECTION_STRING) is not an Application Insights " +
                "connection string: its InstrumentationKey is missing.");
        }
    }
}
