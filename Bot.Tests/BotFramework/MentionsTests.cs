using System.Text.Json.Nodes;
using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.Tests.BotFramework;

public sealed class MentionsTests
{
    private static Activity WithMention(string text, string mentionedId, string mentionText) => new()
    {
        Text = text,
        Recipient = new ChannelAccount { Id = "28:bot" },
        Entities =
        [
            new JsonObject
            {
                ["type"] = "mention",
                ["text"] = mentionText,
                ["mentioned"] = new JsonObject { ["id"] = mentionedId, ["name"] = "ProgramaBot" },
            },
        ],
    };

    [Fact]
    public void TheBotsMentionIsRemoved()
        => Assert.Equal("¿cuándo es la sesión ordinaria III?",
            Mentions.StripBotMention(WithMention("<at>ProgramaBot</at> ¿cuándo es la sesión ordinaria III?", "28:bot", "<at>ProgramaBot</at>")));

    [Fact]
    public void SomeoneElsesMentionStays()
        => Assert.Equal("pregúntale a <at>Ana</at>",
            Mentions.StripBotMention(WithMention("pregúntale a <at>Ana</at>", "29:ana", "<at>Ana</at>")));

    [Fact]
    public void ALeadingMentionWithoutEntityIsStillRemoved()
        => Assert.Equal("sesiones", Mentions.StripBotMention(new Activity { Text = "<at>ProgramaBot</at>   sesiones " }));

    [Fact]
    public void NoTextIsEmpty() => Assert.Equal("", Mentions.StripBotMention(new Activity()));
}
