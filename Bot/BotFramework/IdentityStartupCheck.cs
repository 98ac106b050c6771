using Microsoft.Extensions.Options;

namespace ProgramaBot.BotFramework;

/// <summary>
/// Says loudly at start-up when the bot accepts unauthenticated activities, and refuses to do so
/// outside Development: inbound validation cannot be switched off in production.
/// </summary>
internal sealed class IdentityStartupCheck(IOptions<BotOptions> bot, IHostEnvironment environment, ILogger<IdentityStartupCheck> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!bot.Value.IsLocalMode)
        {
            logger.LogInformation("Inbound activities require a Bot Framework or Entra token for app {AppId} ({AppType})",
                bot.Value.MicrosoftAppId, bot.Value.MicrosoftAppType);
            if (bot.Value.MissingForReplies().ToList() is { Count: > 0 } missing)
            {
                logger.LogError("Replies to Teams will fail until {Settings} are set: the bot cannot obtain a Bot Connector token.",
                    string.Join(", ", missing));
            }

            return Task.CompletedTask;
        }

        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "MicrosoftAppId is not set: local mode (no authentication) is only allowed with ASPNETCORE_ENVIRONMENT=Development. " +
                "Set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId for a deployed bot.");
        }

        logger.LogWarning("LOCAL MODE: MicrosoftAppId is not set, so /api/messages accepts activities WITHOUT authentication " +
                          "and replies are sent without a token. Use this only with the Agents Playground and tests.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
