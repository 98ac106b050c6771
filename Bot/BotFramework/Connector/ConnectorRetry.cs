using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace ProgramaBot.BotFramework.Connector;

/// <summary>The retry strategy of the Connector's HttpClient pipeline.</summary>
internal static class ConnectorRetry
{
    public static bool IsRetryable(HttpStatusCode status)
        => status is HttpStatusCode.PreconditionFailed or HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    public static HttpRetryStrategyOptions Strategy(ConnectorOptions options) => new()
    {
        MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.RetryBaseDelay,
        MaxDelay = options.MaxRetryDelay,
        ShouldRetryAfterHeader = true,
        // Network errors and timeouts are not retried: PROTOCOL.md limits retries to these status codes.
        ShouldHandle = args => ValueTask.FromResult(
            options.MaxRetries > 0 && args.Outcome.Result is { } response && IsRetryable(response.StatusCode)),
    };
}
