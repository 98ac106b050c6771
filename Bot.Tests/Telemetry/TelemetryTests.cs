using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.Telemetry;

/// <summary>
/// What an operator sees: with an exporter attached (here the in-memory one, where production has Application
/// Insights or OTLP), a turn is a trace with its Connector call inside, and the product's meter counts what happened.
/// </summary>
public sealed class TelemetryTests : BotWithConnector
{
    private readonly List<Activity> _spans = [];
    private readonly List<Metric> _metrics = [];

    [Fact]
    public async Task ATurnIsATraceWithItsConnectorCallAndTheProductMetersCountIt()
    {
        await using var bot = Bot.WithWebHostBuilder(web => web.ConfigureServices(services => services.AddOpenTelemetry()
            .WithTracing(t => t.AddInMemoryExporter(_spans))
            .WithMetrics(m => m.AddInMemoryExporter(_metrics))));
        var client = bot.CreateClient();

        var answered = await client.PostActivityAsync(Activities.Message("¿cuándo es la sesión ordinaria III?", Connector.ServiceUrl));
        answered.EnsureSuccessStatusCode();
        var declined = await client.PostActivityAsync(Activities.Message("¿quién ganó el mundial de futbol?", Connector.ServiceUrl));
        declined.EnsureSuccessStatusCode();
        bot.Services.GetRequiredService<TracerProvider>().ForceFlush();
        bot.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var connectorPort = new Uri(Connector.ServiceUrl).Port;
        var connectorCalls = Spans(s => s.Kind == ActivityKind.Client && s.GetTagItem("server.port") is int port && port == connectorPort);
        var turns = Spans(s => s.OperationName == "bot.turn" && connectorCalls.Any(c => c.TraceId == s.TraceId));
        Assert.Equal(2, turns.Count);
        Assert.All(turns, turn => Assert.Equal("message", turn.GetTagItem("bot.activity.type")));
        Assert.All(turns, turn => Assert.Contains(Spans(s => s.Kind == ActivityKind.Server), server => server.SpanId == turn.ParentSpanId));
        Assert.All(connectorCalls, call => Assert.Equal("POST", call.GetTagItem("http.request.method")));

        Assert.True(Sum("programabot.activities", ("type", "message")) >= 2);
        Assert.True(Sum("programabot.answers", ("outcome", "answered")) >= 1);
        Assert.True(Sum("programabot.answers", ("outcome", "declined")) >= 1);
        Assert.Contains(_metrics, m => m.Name == "http.server.request.duration");
        Assert.Contains(_metrics, m => m.Name == "http.client.request.duration");
    }

    [Fact]
    public void WithoutAnExporterNothingIsCollected()
    {
        Assert.Null(Bot.Services.GetService<TracerProvider>());
        Assert.Null(Bot.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task AnOtlpEndpointTurnsCollectionOn()
    {
        await using var bot = Bot.WithWebHostBuilder(web => web.UseSetting("Telemetry:OtlpEndpoint", "http://127.0.0.1:4317"));
        Assert.NotNull(bot.Services.GetService<TracerProvider>());
        Assert.NotNull(bot.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task AnApplicationInsightsConnectionStringTurnsCollectionOnAndTheBotStillAnswers()
    {
        await using var bot = Bot.WithWebHostBuilder(web => web.UseSetting("APPLICATIONINSIGHTS_CONNECTION_STRING",
            "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/"));
        Assert.NotNull(bot.Services.GetService<TracerProvider>());
        var response = await bot.CreateClient().PostActivityAsync(Activities.Message("ayuda", Connector.ServiceUrl));
        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public void AMistypedApplicationInsightsConnectionStringStopsStartUpNamingTheSetting()
    {
        using var bot = Bot.WithWebHostBuilder(web => web.UseSetting("Telemetry:ApplicationInsightsConnectionString", "not-a-connection-string"));
        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());
        Assert.Contains("ApplicationInsightsConnectionString", error.ToString(), StringComparison.Ordinal);
    }

    private List<Activity> Spans(Func<Activity, bool> predicate)
    {
        lock (_spans)
        {
            return [.. _spans.Where(predicate)];
        }
    }

    private long Sum(string name, (string Key, string Value) tag)
    {
        long total = 0;
        foreach (var metric in _metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                foreach (var pair in point.Tags)
                {
                    if (pair.Key == tag.Key && Equals(pair.Value, tag.Value))
                    {
                        total += point.GetSumLong();
                    }
                }
            }
        }

        return total;
    }
}
