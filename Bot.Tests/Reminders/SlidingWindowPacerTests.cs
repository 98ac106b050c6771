using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ProgramaBot.BotFramework.Connector.Pacing;

namespace ProgramaBot.Tests.Reminders;

public sealed class SlidingWindowPacerTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void SevenMessagesGoAtOnceTheEighthWaitsForTheOneSecondWindow()
    {
        var pacer = Pacer(new PacingOptions { Global = new RateLimit { Count = 1000, Window = TimeSpan.FromSeconds(1) } });
        var delays = Enumerable.Range(0, 8).Select(_ => pacer.Reserve("conv")).ToList();
        Assert.All(delays.Take(7), d => Assert.Equal(TimeSpan.Zero, d));
        Assert.Equal(TimeSpan.FromSeconds(1), delays[7]);
    }

    [Fact]
    public void TheNinthWaitsForTheTwoSecondWindowOfEight()
    {
        var pacer = Pacer(new PacingOptions { Global = new RateLimit { Count = 1000, Window = TimeSpan.FromSeconds(1) } });
        var delays = Enumerable.Range(0, 9).Select(_ => pacer.Reserve("conv")).ToList();
        Assert.Equal(TimeSpan.FromSeconds(2), delays[8]);
    }

    [Fact]
    public void OtherConversationsAreNotHeldBackByABusyOne()
    {
        var pacer = Pacer(new PacingOptions());
        for (var i = 0; i < 7; i++)
        {
            pacer.Reserve("busy");
        }

        Assert.Equal(TimeSpan.Zero, pacer.Reserve("quiet"));
    }

    [Fact]
    public void TheGlobalLimitSpreadsAFanOutOverSeconds()
    {
        var pacer = Pacer(new PacingOptions());
        var delays = Enumerable.Range(0, 150).Select(i => pacer.Reserve($"conv-{i}")).ToList();
        Assert.Equal(50, delays.Count(d => d == TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromSeconds(2), delays[^1]);
        // No window of one second holds more than 50 starts.
        var starts = delays.Order().ToList();
        Assert.All(Enumerable.Range(50, 100), i => Assert.True(starts[i] - starts[i - 50] >= TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void SlotsFreeUpAsTimePasses()
    {
        var pacer = Pacer(new PacingOptions());
        for (var i = 0; i < 7; i++)
        {
            pacer.Reserve("conv");
        }

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("conv"));
    }

    [Fact]
    public void DisabledPacingNeverWaits()
    {
        var pacer = Pacer(new PacingOptions { Enabled = false });
        Assert.All(Enumerable.Range(0, 100).Select(_ => pacer.Reserve("conv")), d => Assert.Equal(TimeSpan.Zero, d));
    }

    [Theory]
    [InlineData("http://x/v3/conversations/a%3Ab/activities", "a:b")]
    [InlineData("http://x/_connector/v3/conversations/19%3Aabc%40thread.v2/activities/1", "19:abc@thread.v2")]
    [InlineData("http://x/v3/conversations", null)]
    public void FindsTheConversationInTheConnectorPath(string uri, string? expected)
        => Assert.Equal(expected, PacingHandler.ConversationOf(new Uri(uri)));

    private SlidingWindowPacer Pacer(PacingOptions options) => new(Options.Create(options), _time);
}
