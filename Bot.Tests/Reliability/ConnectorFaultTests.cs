using System.Diagnostics;
using System.Net;
using ProgramaBot.Tests.Fakes;
using static ProgramaBot.Tests.Fakes.FakeBotConnector;

namespace ProgramaBot.Tests.Reliability;

/// <summary>
/// A reply to a real message, sent through a Bot Connector that misbehaves (429 with and without Retry-After,
/// 500, 503, a hung call, 403 roster): the reply is delivered when Teams recovers, retries stop at the bound,
/// only the retryable statuses are retried, and the caller gets a clean 502 — never a 500, never a hang.
/// </summary>
public sealed class ConnectorFaultTests() : BotWithConnector(new Dictionary<string, string?>
{
    ["Connector:MaxRetries"] = MaxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["Connector:RetryBaseDelay"] = "00:00:00.010",
    ["Connector:MaxRetryDelay"] = "00:00:02",
    ["Connector:Timeout"] = "00:00:01",
})
{
    private const int MaxRetries = 3;

    private Task<HttpResponseMessage> AskAsync() => Client.PostActivityAsync(Activities.Message("hola", Connector.ServiceUrl));

    private IReadOnlyList<ConnectorCall> Replies => Connector.CallsTo("POST", "/activities/");

    [Fact]
    public async Task ThrottledWithRetryAfterIsDeliveredAfterWaitingAsTold()
    {
        Connector.FailNext(new ScriptedFailure(HttpStatusCode.TooManyRequests, RetryAfter: TimeSpan.FromSeconds(1)));

        var response = await AskAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = Replies;
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {calls[1].At - calls[0].At}");
    }

    [Fact]
    public async Task ThrottledWithoutRetryAfterBacksOffAndIsDelivered()
    {
        Connector.FailNext(new ScriptedFailure(HttpStatusCode.TooManyRequests), new ScriptedFailure(HttpStatusCode.ServiceUnavailable));

        var response = await AskAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, Replies.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task EndlessThrottlingStopsAtTheBoundAndAnswersBadGateway(HttpStatusCode status)
    {
        Connector.Responder = _ => new ScriptedFailure(status);

        var response = await AskAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal(1 + MaxRetries, Replies.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, null)]
    [InlineData(HttpStatusCode.Forbidden, "BotNotInConversationRoster")]
    [InlineData(HttpStatusCode.Forbidden, "ConversationBlockedByUser")]
    [InlineData(HttpStatusCode.NotFound, "ConversationNotFound")]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig")]
    public async Task NonRetryableFailureIsTriedOnceAndAnswersBadGateway(HttpStatusCode status, string? code)
    {
        Connector.Responder = _ => new ScriptedFailure(status, code);

        var response = await AskAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Single(Replies);
    }

    [Fact]
    public async Task HungConnectorIsCutByThePerAttemptTimeout()
    {
        Connector.Responder = _ =>
        {
            Thread.Sleep(TimeSpan.FromSeconds(4)); // longer than Connector:Timeout (1 s)
            return null;
        };
        var clock = Stopwatch.StartNew();

        var response = await AskAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3.5), $"the caller waited {clock.Elapsed}");
        Assert.Single(Replies); // a timeout is not retried (docs/PROTOCOL.md: only 412/429/502/503/504)
    }

    [Fact]
    public async Task TheProcessKeepsServingAfterConnectorFailures()
    {
        Connector.Responder = call => call.Path.EndsWith("/activities/fail", StringComparison.Ordinal) ? null : new ScriptedFailure(HttpStatusCode.InternalServerError);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.BadGateway, (await AskAsync()).StatusCode);
        }

        Connector.Responder = null;
        Assert.Equal(HttpStatusCode.OK, (await AskAsync()).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/healthz")).StatusCode);
    }
}
