using Microsoft.Extensions.Time.Testing;
using ProgramaBot.BotFramework.References;

namespace ProgramaBot.Tests.BotFramework.References;

public sealed class RecentReferencesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 17, 0, 0, TimeSpan.Zero));

    private static ConversationReference Route(string serviceUrl = "https://smba.trafficmanager.net/amer/", bool isActive = true) => new()
    {
        ConversationId = "a:conversation-1",
        ServiceUrl = serviceUrl,
        BotId = "28:bot",
        TenantId = "tenant-1",
        IsActive = isActive,
    };

    [Fact]
    public void ARouteSeenStoredIsKnown()
    {
        var recent = new RecentReferences(_time);
        recent.Remember(Route());
        Assert.True(recent.IsKnown(Route()));
    }

    [Fact]
    public void ANeverSeenConversationIsNotKnown() => Assert.False(new RecentReferences(_time).IsKnown(Route()));

    [Fact]
    public void AMovedServiceUrlIsNotKnown()
    {
        var recent = new RecentReferences(_time);
        recent.Remember(Route());
        Assert.False(recent.IsKnown(Route("https://smba.trafficmanager.net/emea/")));
    }

    [Fact]
    public void AnInactiveStoredReferenceDoesNotVouchForAnActiveOne()
    {
        var recent = new RecentReferences(_time);
        recent.Remember(Route(isActive: false));
        Assert.False(recent.IsKnown(Route()));
    }

    [Fact]
    public void AnEntryIsTrustedOnlyForItsLifetime()
    {
        var recent = new RecentReferences(_time);
        recent.Remember(Route());
        _time.Advance(RecentReferences.Lifetime - TimeSpan.FromSeconds(1));
        Assert.True(recent.IsKnown(Route()));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(recent.IsKnown(Route()));
    }

    [Fact]
    public void AForgottenConversationIsNotKnown()
    {
        var recent = new RecentReferences(_time);
        recent.Remember(Route());
        recent.Forget("a:conversation-1");
        Assert.False(recent.IsKnown(Route()));
    }
}
