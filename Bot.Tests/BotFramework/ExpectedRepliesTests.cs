using System.Text.Json;
using System.Text.Json.Nodes;
using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.Tests.BotFramework;

/// <summary>The expectReplies body is written by hand: the same bytes as the serializer's own contract for that shape.</summary>
public sealed class ExpectedRepliesTests
{
    /// <summary>The shape <see cref="ExpectedReplies"/> had, written by the serializer itself.</summary>
    private sealed record SerializersOwn(IReadOnlyList<Activity?> Activities);

    private static Activity Text() => new Activity
    {
        Id = "r1",
        Text = "La Sesión Ordinaria III está programada para septiembre de 2021 <b>«hoy»</b>",
        TextFormat = "markdown",
        SuggestedActions = JsonDocument.Parse("""{"actions":[{"type":"imBack","title":"¿Y la cuarta?","value":"¿y la cuarta?"}]}""").RootElement,
    }.AddressAsReplyTo(new Activity
    {
        Id = "a1",
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        From = new ChannelAccount { Id = "29:u", Name = "Ana", AadObjectId = "aad-1" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "ProgramaBot", Extra = new() { ["x"] = JsonDocument.Parse("[1]").RootElement } },
        Conversation = new ConversationAccount { Id = "a:1", ConversationType = "personal", TenantId = "t", IsGroup = false },
        Locale = "es-MX",
    });

    private static Activity Card() => Activity.Card(new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" }, "Solicitud");

    public static TheoryData<Activity?[]> Replies() => new()
    {
        Array.Empty<Activity?>(),
        new[] { Text() },
        new[] { Text(), Card(), null },
    };

    [Theory]
    [MemberData(nameof(Replies))]
    public void TheBodyIsWhatTheSerializerWroteForTheSameShape(Activity?[] replies)
        => Assert.Equal(
            JsonSerializer.Serialize(new SerializersOwn(replies), BotJson.Options),
            JsonSerializer.Serialize(new ExpectedReplies(replies!), BotJson.Options));

    [Fact]
    public void TheBodyReadsBack()
    {
        var read = JsonSerializer.Deserialize<ExpectedReplies>(JsonSerializer.Serialize(new ExpectedReplies([Text()]), BotJson.Options), BotJson.Options)!;

        Assert.Equal("r1", Assert.Single(read.Activities).Id);
    }
}
