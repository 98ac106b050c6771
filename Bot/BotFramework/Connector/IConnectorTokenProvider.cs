namespace ProgramaBot.BotFramework.Connector;

/// <summary>The Bearer token for calls to the Bot Connector; null in local mode.</summary>
public interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}

internal sealed class LocalModeTokenProvider : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
