namespace ProgramaBot.Telemetry;

/// <summary>Where telemetry goes (section "Telemetry"); the platform's standard variables work too.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Application Insights; APPLICATIONINSIGHTS_CONNECTION_STRING (what App Service sets) is read when this is empty.</summary>
    public string? ApplicationInsightsConnectionString { get; set; }

    /// <summary>An OTLP collector (e.g. http://localhost:4317); OTEL_EXPORTER_OTLP_ENDPOINT is read when this is empty.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>The effective settings: this section first, then the standard environment names.</summary>
    public static TelemetryOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return new TelemetryOptions
        {
            ApplicationInsightsConnectionString = NullIfBlank(section[nameof(ApplicationInsightsConnectionString)])
                ?? NullIfBlank(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]),
            OtlpEndpoint = NullIfBlank(section[nameof(OtlpEndpoint)]) ?? NullIfBlank(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]),
        };
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
