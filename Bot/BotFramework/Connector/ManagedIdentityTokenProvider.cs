using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace ProgramaBot.BotFramework.Connector;

/// <summary>MicrosoftAppType=UserAssignedMSI: the Connector token comes from the app's user-assigned managed identity.</summary>
internal sealed class ManagedIdentityTokenProvider(IOptions<BotOptions> bot, IOptions<BotAuthenticationOptions> auth) : IConnectorTokenProvider
{
    private readonly ManagedIdentityCredential _credential = new(ManagedIdentityId.FromUserAssignedClientId(bot.Value.MicrosoftAppId!));

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        // Azure.Identity caches the token and refreshes it before it expires.
        var token = await _credential.GetTokenAsync(new TokenRequestContext([auth.Value.ConnectorScope]), cancellationToken);
        return token.Token;
    }
}
