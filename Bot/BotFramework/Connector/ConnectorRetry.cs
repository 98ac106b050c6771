using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using ProgramaBot.Telemetry;

namespace ProgramaBot.BotFramework.Connector;

/// <summary>The retry and timeout strategies of the Connector's HttpClient pipeline.</summary>
internal static class ConnectorRetry
{
    public static bool IsRetryable(HttpStatusCode status)
        => status is HttpStatusCode.PreconditionFailed or HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>The outer handler: bounded retries of the statuses docs/PROTOCOL.md allows.</summary>
    public static void ConfigureRetries(
        ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ConnectorOptions options, TimeProvider time, BotMetrics metrics)
    {
        pipeline.TimeProvider = time;
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(Strategy(options, time, metrics));
        }
    }

    /// <summary>
    /// The innermost handler, per attempt: a hung call fails alone instead of eating the whole budget. It sits inside
    /// the pacing handler, so time spent waiting for a slot under Teams' limits is not counted against the call.
    /// </summary>
    public static void ConfigureTimeout(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ConnectorOptions options, TimeProvider time)
    {
        pipeline.TimeProvider = time;
        pipeline.AddTimeout(options.Timeout);
    }

    private static HttpRetryStrategyOptions Strategy(ConnectorOptions options, TimeProvider time, BotMetrics metrics) => new()
    {
        MaxRetryAttempts = options.MaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.RetryBaseDelay,
        MaxDelay = options.MaxRetryDelay,
        ShouldRetryAfterHeader = false,
        DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options.MaxRetryDelay, time.GetUtcNow())),
        // Network errors and timeouts are not retried: docs/PROTOCOL.md limits retries to these status codes.
        ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } response && IsRetryable(response.StatusCode)),
        OnRetry = args =>
        {
            metrics.ConnectorRetried((int?)args.Outcome.Result?.StatusCode);
            if (args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
            {
                metrics.ConnectorThrottled();
            }
            return ValueTask.CompletedTask;
        },
    };

    /// <summary>Teams' Retry-After, capped; null lets the exponential backoff decide.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan cap, DateTimeOffset now)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - now : null);
        return wait is { } w ? TimeSpan.FromTicks(Math.Clamp(w.Ticks, 0, cap.Ticks)) : null;
    }
}
