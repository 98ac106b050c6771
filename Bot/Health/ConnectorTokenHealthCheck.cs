using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ProgramaBot.BotFramework;
using ProgramaBot.BotFramework.Connector;
using ProgramaBot.Telemetry;

namespace ProgramaBot.Health;

/// <summary>
/// Readiness: the bot can obtain a Bot Connector token, so its replies and notices can go out. An expired or revoked
/// client secret (or a managed identity without its federated credential) shows here instead of as silence in Teams.
/// The outcome is kept for <see cref="Recheck"/>: probes from every App Service instance never hammer Entra, and the
/// token itself comes from the provider's cache while it is valid.
/// </summary>
internal sealed class ConnectorTokenHealthCheck(
    IConnectorTokenProvider tokens, IOptions<BotOptions> bot, TimeProvider time, BotMetrics metrics, ILogger<ConnectorTokenHealthCheck> logger)
    : IHealthCheck, IDisposable
{
    public static readonly TimeSpan Recheck = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (HealthCheckResult Result, DateTimeOffset Until)? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (bot.Value.IsLocalMode)
        {
            return HealthCheckResult.Healthy("local mode: no Bot Connector token is needed");
        }

        if (_last is { } fresh && time.GetUtcNow() < fresh.Until)
        {
            return fresh.Result;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_last is { } raced && time.GetUtcNow() < raced.Until)
            {
                return raced.Result;
            }

            var result = await ObtainAsync(cancellationToken);
            _last = (result, time.GetUtcNow() + Recheck);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<HealthCheckResult> ObtainAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await tokens.GetTokenAsync(cancellationToken) is { Length: > 0 }
                ? HealthCheckResult.Healthy("Bot Connector token obtained")
                : HealthCheckResult.Unhealthy("The token endpoint returned an empty token");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The message names the endpoint's answer (e.g. 401), never the credential.
            logger.LogError("Readiness: no Bot Connector token ({Error}); replies and notices cannot be sent", e.Message);
            metrics.TokenFailed("readiness");
            return HealthCheckResult.Unhealthy("No Bot Connector token: check MicrosoftAppPassword (expired secret?) or the managed identity");
        }
    }

    public void Dispose() => _gate.Dispose();
}
