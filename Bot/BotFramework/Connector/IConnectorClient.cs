using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.BotFramework.Connector;

/// <summary>The Bot Connector REST API (serviceUrl/v3/…) as the bot uses it.</summary>
public interface IConnectorClient
{
    /// <summary>POST …/conversations/{id}/activities — a new message in the activity's conversation.</summary>
    Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>POST …/conversations/{id}/activities/{replyToId}; sends plainly when there is no replyToId.</summary>
    Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>PUT …/conversations/{id}/activities/{activity.Id} — replaces a message for everyone.</summary>
    Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>POST …/v3/conversations — opens (or finds) a 1:1 chat for proactive messages.</summary>
    Task<ConnectorResult<ResourceResponse>> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary>GET …/conversations/{id}/pagedmembers.</summary>
    Task<ConnectorResult<PagedMembers>> GetPagedMembersAsync(
        string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken);
}
