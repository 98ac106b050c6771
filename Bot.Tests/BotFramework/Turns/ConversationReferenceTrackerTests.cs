using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Auth;
using ProgramaBot.BotFramework.References;
using ProgramaBot.BotFramework.Turns;

namespace ProgramaBot.Tests.BotFramework.Turns;

public sealed class ConversationReferenceTrackerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 17, 0, 0, TimeSpan.Zero));
    private readonly CountingStore _store = new();

    private ConversationReferenceTracker Tracker() => new(_store, new RecentReferences(_time), _time, NullLogger<ConversationReferenceTracker>.Instance);

    private static TurnContext Turn(string serviceUrl = "https://smba.trafficmanager.net/amer/") => new(new Activity
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "a:conversation-1" },
        Recipient = new ChannelAccount { Id = "28:bot" },
        From = new ChannelAccount { Id = "29:user" },
    }, InboundCaller.Local, services: null!); // the tracker never sends

    [Fact]
    public async Task AnUnchangedRouteIsNeitherReadNorWrittenOnEveryTurn()
    {
        var tracker = Tracker();
        for (var i = 0; i < 10; i++)
        {
            await tracker.CaptureOnTurnAsync(Turn(), CancellationToken.None);
        }

        Assert.Equal((1, 1), (_store.Reads, _store.Writes));
    }

    [Fact]
    public async Task AMovedServiceUrlIsWrittenAtOnce()
    {
        var tracker = Tracker();
        await tracker.CaptureOnTurnAsync(Turn(), CancellationToken.None);
        await tracker.CaptureOnTurnAsync(Turn("https://smba.trafficmanager.net/emea/"), CancellationToken.None);
        Assert.Equal("https://smba.trafficmanager.net/emea/", _store.Stored!.ServiceUrl);
        Assert.Equal(2, _store.Writes);
    }

    [Fact]
    public async Task AReferenceDeletedByAnotherInstanceIsWrittenAgainOnceTheMemoryExpires()
    {
        var tracker = Tracker();
        await tracker.CaptureOnTurnAsync(Turn(), CancellationToken.None);
        _store.Stored = null; // another instance saw the app uninstalled
        _time.Advance(RecentReferences.Lifetime);
        await tracker.CaptureOnTurnAsync(Turn(), CancellationToken.None);
        Assert.NotNull(_store.Stored);
    }

    [Fact]
    public async Task AnInstallAlwaysReadsTheStore()
    {
        var tracker = Tracker();
        await tracker.CaptureOnTurnAsync(Turn(), CancellationToken.None);
        _store.Stored = null;
        await tracker.CaptureAsync(Turn(), CancellationToken.None);
        Assert.NotNull(_store.Stored);
    }

    private sealed class CountingStore : IConversationReferenceStore
    {
        public ConversationReference? Stored { get; set; }

        public int Reads { get; private set; }

        public int Writes { get; private set; }

        public Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken)
        {
            Reads++;
            return Task.FromResult(Stored);
        }

        public Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken)
        {
            Writes++;
            Stored = reference;
            return Task.CompletedTask;
        }

        public Task DeleteAsync(string conversationId, CancellationToken cancellationToken)
        {
            Stored = null;
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<ConversationReference>> ListAsync(CancellationToken cancellationToken)
            => Task.FromResult<IReadOnlyList<ConversationReference>>(Stored is null ? [] : [Stored]);
    }
}
