using System.Text;
using System.Text.Json;
using ProgramaBot.BotFramework;
using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.Tests.BotFramework;

/// <summary>
/// The turn's parse keeps <c>entities</c> and <c>channelData</c> as bytes until read, reads the accounts by hand and
/// shares recurring strings: what a handler then reads, and what is refused, must be exactly what the serializer's own
/// parse of the whole activity gives.
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
    [InlineData("""{"type":"message","from":{"id":"29:u","name":"Ana","aadObjectId":"aad-1","role":"user","extra":{"a":[1,2]}},"recipient":{"ID":"28:bot","Name":null}}""")]
    [InlineData("""{"type":"message","conversation":{"id":"a:1","Id":"a:2","conversationType":"personal","tenantId":"t","isGroup":true,"other":null}}""")]
    [InlineData("""{"type":"message","conversation":{"isGroup":null,"name":"Equipo"},"from":{"\u0069d":"escaped","name":"Jos\u00e9"},"recipient":{}}""")]
    [InlineData("""{"TYPE":"invoke","ChannelId":"msteams","serviceURL":"https://smba.trafficmanager.net/amer/","locale":null,"deliveryMode":"expectReplies","textFormat":"plain"}""")]
    [InlineData("""{"type":"message","from":null,"recipient":null,"conversation":null,"membersAdded":[{"id":"x","name":"y"}]}""")]
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
    [InlineData("""{"type":"message","from":"29:u"}""")]
    [InlineData("""{"type":"message","from":{"id":5}}""")]
    [InlineData("""{"type":"message","recipient":[{"id":"b"}]}""")]
    [InlineData("""{"type":"message","conversation":{"isGroup":"true"}}""")]
    [InlineData("""{"type":"message","conversation":{"tenantId":{}}}""")]
    [InlineData("""{"type":5}""")]
    [InlineData("""{"type":"message","channelId":["msteams"]}""")]
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

public sealed class RecurringStringsTests
{
    [Fact]
    public void TheSameValueReadTwiceIsOneStringAndAnotherValueIsItsOwn()
    {
        var first = ActivityReader.Read("""{"type":"message","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/amer/"}"""u8)!;
        var second = ActivityReader.Read("""{"type":"message","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/"}"""u8)!;

        Assert.Same(first.ChannelId, second.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", second.ServiceUrl);
    }
}
