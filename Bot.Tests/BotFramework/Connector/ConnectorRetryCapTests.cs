using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Connector;
using ProgramaBot.Tests.Fakes;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace ProgramaBot.Tests.BotFramework.Connector;

public sealed class ConnectorRetryCapTests
{
    [Fact]
    public async Task AHugeRetryAfterIsCappedByMaxRetryDelay()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var bot = new BotFactory(new Dictionary<string, string?> { ["Connector:MaxRetryDelay"] = "00:00:01", ["Connector:Timeout"] = "00:00:02" });
        connector.FailNext(new FakeBotConnector.ScriptedFailure(HttpStatusCode.TooManyRequests, RetryAfter: TimeSpan.FromMinutes(5)));
        var watch = Stopwatch.StartNew();

        var result = await bot.Services.GetRequiredService<IConnectorClient>().SendToConversationAsync(new Activity
        {
            Type = ActivityTypes.Message,
            ServiceUrl = connector.ServiceUrl,
            Conversation = new ConversationAccount { Id = "c" },
        }, default);

        Assert.True(result.IsOk);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task AnUnreachableConnectorIsATypedOutcomeNotAnException()
    {
        await using var bot = new BotFactory();
        var result = await bot.Services.GetRequiredService<IConnectorClient>().SendToConversationAsync(new Activity
        {
            Type = ActivityTypes.Message,
            ServiceUrl = $"http://127.0.0.1:{Support.FreePort.Next()}/",
            Conversation = new ConversationAccount { Id = "c" },
        }, default);

        Assert.Equal(ConnectorOutcome.Unreachable, result.Outcome);
    }
}
