using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Connector.Trust;
using ProgramaBot.Telemetry;

namespace ProgramaBot.BotFramework.Connector;

/// <summary>Typed HttpClient for the Bot Connector; retries live in the HttpClient pipeline (see BotFrameworkSetup).</summary>
internal sealed class ConnectorClient(HttpClient http, IConnectorTokenProvider tokens, BotMetrics metrics, ILogger<ConnectorClient> logger) : IConnectorClient
{
    public const string UntrustedServiceUrl = "UntrustedServiceUrl";

    public Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(Activity activity, CancellationToken cancellationToken)
        => SendAsync<ResourceResponse>(HttpMethod.Post, activity.ServiceUrl, $"v3/conversations/{Escape(activity.Conversation?.Id)}/activities", activity, cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken)
        => string.IsNullOrEmpty(activity.ReplyToId)
            ? SendToConversationAsync(activity, cancellationToken)
            : SendAsync<ResourceResponse>(HttpMethod.Post, activity.ServiceUrl,
                $"v3/conversations/{Escape(activity.Conversation?.Id)}/activities/{Escape(activity.ReplyToId)}", activity, cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
        => SendAsync<ResourceResponse>(HttpMethod.Put, activity.ServiceUrl,
            $"v3/conversations/{Escape(activity.Conversation?.Id)}/activities/{Escape(activity.Id)}", activity, cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
        => SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters.ToJson(), cancellationToken);

    public Task<ConnectorResult<PagedMembers>> GetPagedMembersAsync(
        string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (pageSize is { } size)
        {
            query.Add($"pageSize={size}");
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add($"continuationToken={Uri.EscapeDataString(continuationToken)}");
        }

        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        return SendAsync<PagedMembers>(HttpMethod.Get, serviceUrl, path, body: null, cancellationToken);
    }

    private async Task<ConnectorResult<T>> SendAsync<T>(
        HttpMethod method, string? serviceUrl, string path, object? body, CancellationToken cancellationToken)
    {
        if (!ServiceUrls.TryParse(serviceUrl, out var baseUri))
        {
            throw new ArgumentException("The activity has no usable serviceUrl to reply to.", nameof(serviceUrl));
        }

        using var request = new HttpRequestMessage(method, new Uri(baseUri, path));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: BotJson.Options);
        }

        try
        {
            if (await tokens.GetTokenAsync(cancellationToken) is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or Azure.Identity.AuthenticationFailedException)
        {
            logger.LogError("No Bot Connector token for {Method} {Path}: {Error}", method, path, e.Message);
            metrics.TokenFailed("reply");
            return new ConnectorResult<T>(ConnectorOutcome.Failed, default, ErrorCode: "TokenUnavailable");
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (UntrustedServiceUrlException)
        {
            // Refused before anything left the process (TrustedServiceUrlHandler); retrying would not change the answer.
            return new ConnectorResult<T>(ConnectorOutcome.Failed, default, ErrorCode: UntrustedServiceUrl);
        }
        catch (Exception e) when (e is HttpRequestException or Polly.Timeout.TimeoutRejectedException
                                       || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning("Bot Connector {Method} {Path} did not answer: {Error}", method, path, e.Message);
            return new ConnectorResult<T>(ConnectorOutcome.Unreachable, default);
        }

        using var _ = response;
        if (response.IsSuccessStatusCode)
        {
            var value = response.Content.Headers.ContentLength == 0
                ? default
                : await ReadBodyAsync<T>(response, cancellationToken);
            return new ConnectorResult<T>(ConnectorOutcome.Ok, value, response.StatusCode);
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            metrics.ConnectorThrottled(); // the last attempt's 429; the retried ones are counted by the retry strategy
        }

        var code = await ReadErrorCodeAsync(response, cancellationToken);
        var outcome = Classify(response.StatusCode, code);
        logger.LogWarning("Bot Connector {Method} {Path} answered {Status} {Code}: {Outcome}",
            method, path, (int)response.StatusCode, code, outcome);
        return new ConnectorResult<T>(outcome, default, response.StatusCode, code);
    }

    internal static ConnectorOutcome Classify(HttpStatusCode status, string? code) => status switch
    {
        HttpStatusCode.Forbidden when code is "BotNotInConversationRoster" or "ConversationBlockedByUser" or "MessageWritesBlocked"
            => ConnectorOutcome.ReferenceInactive,
        HttpStatusCode.NotFound => ConnectorOutcome.NotFound,
        HttpStatusCode.RequestEntityTooLarge => ConnectorOutcome.TooLarge,
        HttpStatusCode.PreconditionFailed or HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => ConnectorOutcome.Throttled,
        _ => ConnectorOutcome.Failed,
    };

    private static async Task<T?> ReadBodyAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(BotJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var node = await response.Content.ReadFromJsonAsync<JsonNode>(BotJson.Options, cancellationToken);
            return node?["error"]?["code"]?.GetValue<string>() ?? node?["code"]?.GetValue<string>();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }

    private static string Escape(string? segment) => Uri.EscapeDataString(segment ?? "");
}
