using Microsoft.Extensions.Time.Testing;
using ProgramaBot.BotFramework.Activities;
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

    private static Activity Message(string serviceUrl = "https://smba.trafficmanager.net/amer/", string? tenantId = "tenant-1", string? channelDataTenant = null) => new()
    {
        Type = "message",
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "a:conversation-1", TenantId = tenantId },
        Recipient = new ChannelAccount { Id = "28:bot" },
        ChannelData = channelDataTenant is null ? null : new System.Text.Json.Nodes.JsonObject { ["tenant"] = new System.Text.Json.Nodes.JsonObject { ["id"] = channelDataTenant } },
    };

    public static TheoryData<Activity> Messages() => new()
    {
        Message(),
        Message("https://smba.trafficmanager.net/emea/"),
        Message(tenantId: null, channelDataTenant: "tenant-1"),
        Message(tenantId: null, channelDataTenant: "tenant-2"),
        Message(tenantId: "tenant-2"),
        Message(serviceUrl: ""),
        new() { Type = "message", ServiceUrl = "https://smba.trafficmanager.net/amer/" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void AMessageIsKnownExactlyWhenTheReferenceMadeOfItIs(Activity message)
    {
        var recent = new RecentReferences(_time);
        recent.Remember(Route());

        Assert.Equal(ConversationReference.From(message, _time.GetUtcNow()) is { } made && recent.IsKnown(made), recent.IsKnown(message));
    }
}
