using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Connector;
using ProgramaBot.Tests.Fakes;
using static ProgramaBot.Tests.Fakes.FakeBotConnector;

namespace ProgramaBot.Tests.BotFramework.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private readonly BotFactory _bot = new(new Dictionary<string, string?> { ["Connector:MaxRetries"] = "3" });
    private FakeBotConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _ = _bot.Server;
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _bot.DisposeAsync();
    }

    private IConnectorClient Client => _bot.Services.GetRequiredService<IConnectorClient>();

    private Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        Text = "Recordatorio",
        ServiceUrl = _connector.ServiceUrl,
        Conversation = new ConversationAccount { Id = "19:canal@thread.tacv2" },
    };

    [Fact]
    public async Task SendReturnsTheNewActivityId()
    {
        var result = await Client.SendToConversationAsync(Message(), default);
        Assert.True(result.IsOk);
        Assert.StartsWith("activity-", result.Value!.Id, StringComparison.Ordinal);
        Assert.Equal("/v3/conversations/19:canal@thread.tacv2/activities", Assert.Single(_connector.Calls).Path);
    }

    [Fact]
    public async Task UpdateIsAPutToTheActivity()
    {
        var message = Message();
        message.Id = "card-7";
        var result = await Client.UpdateActivityAsync(message, default);
        Assert.True(result.IsOk);
        var call = Assert.Single(_connector.Calls);
        Assert.Equal("PUT", call.Method);
        Assert.EndsWith("/activities/card-7", call.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateConversationPostsTheMemberAndTenant()
    {
        var parameters = new ConversationParameters(new ChannelAccount { Id = "28:bot" }, [new ChannelAccount { Id = "29:ana" }], "tenant-1");
        var result = await Client.CreateConversationAsync(_connector.ServiceUrl, parameters, default);
        Assert.True(result.IsOk);
        var body = Assert.Single(_connector.Calls).Body!;
        Assert.Equal("29:ana", body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.False(body["isGroup"]!.GetValue<bool>());
    }

    [Fact]
    public async Task PagedMembersPassesPageSizeAndContinuation()
    {
        var result = await Client.GetPagedMembersAsync(_connector.ServiceUrl, "19:canal@thread.tacv2", 50, "next token", default);
        Assert.True(result.IsOk);
        Assert.EndsWith("/pagedmembers?pageSize=50&continuationToken=next%20token", Assert.Single(_connector.Calls).Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooManyRequestsIsRetriedAfterTheRetryAfterDelay()
    {
        _connector.FailNext(new ScriptedFailure(HttpStatusCode.TooManyRequests, RetryAfter: TimeSpan.FromSeconds(1)));
        var watch = Stopwatch.StartNew();

        var result = await Client.SendToConversationAsync(Message(), default);

        Assert.True(result.IsOk);
        Assert.Equal(2, _connector.Calls.Count);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {watch.Elapsed}");
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task TransientFailuresAreRetried(HttpStatusCode status)
    {
        _connector.FailNext(new ScriptedFailure(status), new ScriptedFailure(status));
        var result = await Client.SendToConversationAsync(Message(), default);
        Assert.True(result.IsOk);
        Assert.Equal(3, _connector.Calls.Count);
    }

    [Fact]
    public async Task RetriesAreBounded()
    {
        _connector.Responder = _ => new ScriptedFailure(HttpStatusCode.ServiceUnavailable);
        var result = await Client.SendToConversationAsync(Message(), default);
        Assert.Equal(ConnectorOutcome.Throttled, result.Outcome);
        Assert.Equal(4, _connector.Calls.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, null, ConnectorOutcome.Failed)]
    [InlineData(HttpStatusCode.InternalServerError, null, ConnectorOutcome.Failed)]
    [InlineData(HttpStatusCode.Forbidden, "BotNotInConversationRoster", ConnectorOutcome.ReferenceInactive)]
    [InlineData(HttpStatusCode.Forbidden, "ConversationBlockedByUser", ConnectorOutcome.ReferenceInactive)]
    [InlineData(HttpStatusCode.Forbidden, "MessageWritesBlocked", ConnectorOutcome.ReferenceInactive)]
    [InlineData(HttpStatusCode.Forbidden, "SomethingElse", ConnectorOutcome.Failed)]
    [InlineData(HttpStatusCode.NotFound, "ConversationNotFound", ConnectorOutcome.NotFound)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig", ConnectorOutcome.TooLarge)]
    public async Task OtherFailuresAreNotRetriedAndAreTyped(HttpStatusCode status, string? code, ConnectorOutcome expected)
    {
        _connector.FailNext(new ScriptedFailure(status, code));
        var result = await Client.SendToConversationAsync(Message(), default);
        Assert.Equal(expected, result.Outcome);
        Assert.Equal(code ?? status.ToString(), result.ErrorCode);
        Assert.Single(_connector.Calls);
    }
}
