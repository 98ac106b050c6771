using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ProgramaBot.BotFramework.Connector.Pacing;

namespace ProgramaBot.Tests.BotFramework.Connector.Pacing;

public sealed class SlidingWindowPacerTests
{
    private static readonly RateLimit Unlimited = new() { Count = 100_000, Window = TimeSpan.FromSeconds(1) };
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void SevenMessagesGoAtOnceTheEighthWaitsForTheOneSecondWindow()
    {
        var pacer = Pacer(new PacingOptions { Global = Unlimited, SpreadGlobal = false });
        Assert.All(Enumerable.Range(0, 7), i => Assert.True(pacer.TryAcquire("conv", out _)));
        Assert.False(pacer.TryAcquire("conv", out var wait));
        Assert.Equal(TimeSpan.FromSeconds(1), wait);

        _time.Advance(wait);
        Assert.True(pacer.TryAcquire("conv", out _));
    }

    [Fact]
    public void TheNinthInTwoSecondsWaitsForTheWindowOfEight()
    {
        var pacer = Pacer(new PacingOptions { Global = Unlimited, SpreadGlobal = false });
        for (var i = 0; i < 8; i++)
        {
            while (!pacer.TryAcquire("conv", out var wait))
            {
                _time.Advance(wait);
            }
        }

        // Eight went in [0 s, 1 s]; the ninth must wait until the first is two seconds old.
        Assert.False(pacer.TryAcquire("conv", out var ninth));
        Assert.Equal(TimeSpan.FromSeconds(1), ninth);
    }

    [Fact]
    public void OtherConversationsAreNotHeldBackByABusyOne()
    {
        var pacer = Pacer(new PacingOptions { Global = Unlimited, SpreadGlobal = false });
        for (var i = 0; i < 7; i++)
        {
            pacer.TryAcquire("busy", out _);
        }

        Assert.False(pacer.TryAcquire("busy", out _));
        Assert.True(pacer.TryAcquire("quiet", out _));
    }

    [Fact]
    public void UnspreadTheGlobalLimitAdmitsFiftyASecond()
    {
        var pacer = Pacer(new PacingOptions { SpreadGlobal = false });
        var admitted = Enumerable.Range(0, 150).Count(i => pacer.TryAcquire($"conv-{i}", out _));
        Assert.Equal(50, admitted);
        Assert.False(pacer.TryAcquire("another", out var wait));
        Assert.Equal(TimeSpan.FromSeconds(1), wait);
    }

    [Fact]
    public void SpreadTheGlobalLimitAdmitsOneEveryTwentyMillisecondsPlusTheMargin()
    {
        var pacer = Pacer(new PacingOptions { GlobalMargin = 0.05 });
        Assert.True(pacer.TryAcquire("a", out _));
        Assert.False(pacer.TryAcquire("b", out var wait));
        Assert.Equal(TimeSpan.FromMilliseconds(21), wait);
        _time.Advance(wait);
        Assert.True(pacer.TryAcquire("b", out _));
    }

    [Fact]
    public void DisabledPacingNeverWaits()
    {
        var pacer = Pacer(new PacingOptions { Enabled = false });
        Assert.All(Enumerable.Range(0, 100), i => Assert.True(pacer.TryAcquire("conv", out _)));
    }

    [Theory]
    [InlineData("http://x/v3/conversations/a%3Ab/activities", "a:b")]
    [InlineData("http://x/_connector/v3/conversations/19%3Aabc%40thread.v2/activities/1", "19:abc@thread.v2")]
    [InlineData("http://x/v3/conversations", null)]
    public void FindsTheConversationInTheConnectorPath(string uri, string? expected)
        => Assert.Equal(expected, PacingHandler.ConversationOf(new Uri(uri)));

    [Fact]
    public void TwoInstancesEachTakeHalfOfTheGlobalLimit()
    {
        var instances = new FixedInstances(2);
        var pacer = new SlidingWindowPacer(Options.Create(new PacingOptions
        {
            Global = new RateLimit { Count = 10, Window = TimeSpan.FromSeconds(1) },
            SpreadGlobal = false,
        }), _time, instances);

        Assert.All(Enumerable.Range(0, 5), i => Assert.True(pacer.TryAcquire($"conv-{i}", out _)));
        Assert.False(pacer.TryAcquire("conv-5", out var wait));
        Assert.Equal(TimeSpan.FromSeconds(1), wait);

        instances.Current = 1; // the other instance is gone: the whole limit again
        Assert.All(Enumerable.Range(5, 5), i => Assert.True(pacer.TryAcquire($"conv-{i}", out _)));
        Assert.False(pacer.TryAcquire("conv-10", out _));
    }

    [Fact]
    public void TwoInstancesEachTakeHalfOfAConversationsLimits()
    {
        var pacer = new SlidingWindowPacer(Options.Create(new PacingOptions { Global = Unlimited, SpreadGlobal = false }), _time, new FixedInstances(2));

        Assert.All(Enumerable.Range(0, 3), i => Assert.True(pacer.TryAcquire("conv", out _))); // 7/1 s shared by two: 3 each
        Assert.False(pacer.TryAcquire("conv", out var wait));
        Assert.Equal(TimeSpan.FromSeconds(1), wait);
    }

    private SlidingWindowPacer Pacer(PacingOptions options) => new(Options.Create(options), _time);

    private sealed class FixedInstances(int count) : IInstanceCount
    {
        public int Current { get; set; } = count;
    }
}
