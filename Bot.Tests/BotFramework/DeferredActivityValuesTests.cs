using System.Text;
using System.Text.Json;
using ProgramaBot.BotFramework;
using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.Tests.BotFramework;

/// <summary>
/// The turn's parse keeps <c>entities</c> and <c>channelData</c> as bytes until read: what a handler then reads, and
/// what is refused, must be exactly what a parse of the whole activity gives.
/// </summary>
public sealed class DeferredActivityValuesTests
{
    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    private static string Eager(string json)
        => JsonSerializer.Serialize(JsonSerializer.Deserialize<Activity>(Utf8(json), ActivityReader.EagerOptions), BotJson.Options);

    [Theory]
    [InlineData("""{"type":"message","text":"hola","channelData":{"tenant":{"id":"t1"}},"entities":[{"type":"clientInfo","locale":"es-MX"}]}""")]
    [InlineData("""{"type":"message","entities":null,"channelData":null}""")]
    [InlineData("""{"type":"message","entities":[],"channelData":{}}""")]
    [InlineData("""{"type":"message","entities":[null,{"type":"mention","mentioned":{"id":"28:bot"},"text":"<at>B</at>"}]}""")]
    [InlineData("""{"type":"message","ENTITIES":[{"a":1}],"ChannelData":{"b":[1,{"c":2}]}}""")]
    [InlineData("""{"type":"message","entities":[{"a":1}],"Entities":[{"b":2}],"channelData":{"x":1},"CHANNELDATA":null}""")]
    [InlineData("""{"type":"message","\u0065ntities":[{"escaped":true}],"value":{"entities":[1],"channelData":2}}""")]
    [InlineData("""{"type":"message","entitie\u212A":[{"kelvin":true}]}""")]
    [InlineData("""{"type":"message","channelData":{"eventType":"teamDeleted"},"from":{"id":"u","entities":"x"}}""")]
    public void WhatIsReadLaterIsWhatTheWholeParseGave(string json)
    {
        var activity = ActivityReader.Read(Utf8(json))!;

        Assert.Equal(Eager(json), JsonSerializer.Serialize(activity, BotJson.Options));
    }

    [Theory]
    [InlineData("""{"type":"message","entities":[1]}""")]
    [InlineData("""{"type":"message","entities":{"type":"mention"}}""")]
    [InlineData("""{"type":"message","entities":"mention"}""")]
    [InlineData("""{"type":"message","entities":[[{}]]}""")]
    [InlineData("""{"type":"message","channelData":[]}""")]
    [InlineData("""{"type":"message","channelData":"t1"}""")]
    [InlineData("""{"type":"message","Entities":[true]}""")]
    public void AValueOfTheWrongShapeIsRefusedAsTheWholeParseRefusesIt(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Activity>(Utf8(json), ActivityReader.EagerOptions));
        Assert.ThrowsAny<JsonException>(() => ActivityReader.Read(Utf8(json)));
    }

    [Fact]
    public void AMentionOfTheBotInTheRequestIsStillRemoved()
    {
        var activity = ActivityReader.Read(Utf8("""{"type":"message","text":"<at>ProgramaBot</at> sesiones de hoy","recipient":{"id":"28:bot"},"entities":[{"type":"mention","text":"<at>ProgramaBot</at>","mentioned":{"id":"28:bot"}}]}"""))!;

        Assert.Equal("sesiones de hoy", Mentions.StripBotMention(activity));
    }

    [Fact]
    public void AMentionSpelledWithAnEscapeIsStillRemoved()
    {
        var activity = ActivityReader.Read(Utf8("""{"type":"message","text":"Bot: hola","recipient":{"id":"28:bot"},"entities":[{"type":"\u006dention","text":"Bot:","mentioned":{"id":"28:bot"}}]}"""))!;

        Assert.Equal("hola", Mentions.StripBotMention(activity));
    }

    [Fact]
    public void EntitiesWithoutAMentionAreNotParsedToStripOne()
    {
        var activity = ActivityReader.Read(Utf8("""{"type":"message","text":" hola ","entities":[{"type":"clientInfo","locale":"es-MX"}]}"""))!;

        Assert.False(activity.MayMention());
        Assert.Equal("hola", Mentions.StripBotMention(activity));
        Assert.Equal("clientInfo", activity.Entities![0]["type"]!.GetValue<string>());
    }
}
