using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Connector;

namespace ProgramaBot.Commission.Setup;

/// <summary>The people of a conversation as Teams lists them (GET …/pagedmembers), every page.</summary>
public sealed class ConversationMembers(IConnectorClient connector, ILogger<ConversationMembers> logger)
{
    /// <summary>The set-up card has one input per person; more would not fit Teams' 28 KB message limit.</summary>
    public const int MaxListed = 25;

    private const int PageSize = 100;
    private const int MaxPages = 10;

    /// <returns>The members (people only, each with a Teams id), or null when the Connector did not answer.</returns>
    public async Task<IReadOnlyList<ChannelAccount>?> ListAsync(string? serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        if (!ServiceUrls.TryParse(serviceUrl, out _))
        {
            // An invoke is answered in its HTTP response, so it may arrive without a usable serviceUrl.
            logger.LogWarning("Cannot list the conversation's members: the activity has no usable serviceUrl");
            return null;
        }

        var members = new List<ChannelAccount>();
        string? continuation = null;
        for (var page = 0; page < MaxPages; page++)
        {
            ConnectorResult<PagedMembers> result;
            try
            {
                result = await connector.GetPagedMembersAsync(serviceUrl!, conversationId, PageSize, continuation, cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                logger.LogWarning(e, "Listing the conversation's members failed: the Connector is unreachable");
                return null;
            }

            if (!result.IsOk || result.Value is not { } value)
            {
                logger.LogWarning("Listing the conversation's members failed: {Outcome} {Code}", result.Outcome, result.ErrorCode);
                return null;
            }

            // Bots (28:…) and entries without an id cannot be on the roster.
            members.AddRange((value.Members ?? []).Where(m => m is { Id.Length: > 0 } && !m.Id.StartsWith("28:", StringComparison.Ordinal)));
            continuation = value.ContinuationToken;
            if (string.IsNullOrEmpty(continuation))
            {
                break;
            }
        }

        return [.. members.DistinctBy(m => m.Id, StringComparer.Ordinal)];
    }
}
