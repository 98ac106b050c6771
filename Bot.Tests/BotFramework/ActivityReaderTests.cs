using System.Text;
using System.Text.Json;
using ProgramaBot.BotFramework;

namespace ProgramaBot.Tests.BotFramework;

public sealed class ActivityReaderTests
{
    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    [Fact]
    public void AnActivityIsReadWithItsNestedObjects()
    {
        var activity = ActivityReader.Read(Utf8("""{"type":"message","text":"hola","channelData":{"tenant":{"id":"t1"}},"entities":[{"type":"mention"}]}"""))!;
        Assert.Equal("hola", activity.Text);
        Assert.Equal("t1", activity.ChannelData!["tenant"]!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"type":"message","type":"invoke"}""")]
    [InlineData("""{"type":"message","channelData":{"a":1,"b":{"c":1},"a":2}}""")]
    [InlineData("""{"type":"message","entities":[{"x":1},{"y":1,"y":2}]}""")]
    [InlineData("""{"type":"message","value":{"action":{"verb":"a","verb":"b"}}}""")]
    public void ARepeatedKeyAtAnyDepthIsRefused(string json)
        => Assert.ThrowsAny<JsonException>(() => ActivityReader.Read(Utf8(json)));

    [Fact]
    public void ARepeatedKeySpelledWithAnEscapeIsRefused()
        => Assert.ThrowsAny<JsonException>(() => ActivityReader.Read(Utf8("""{"type":"message","channelData":{"a":1,"\u0061":2}}""")));

    [Fact]
    public void ARepeatedKeyInAnObjectTooLargeToCheckInPlaceIsRefused()
    {
        var keys = string.Join(",", Enumerable.Range(0, 100).Select(i => $"\"k{i}\":{i}"));
        var json = "{\"type\":\"message\",\"channelData\":{" + keys + ",\"k7\":1}}";
        Assert.ThrowsAny<JsonException>(() => ActivityReader.Read(Utf8(json)));
    }

    [Fact]
    public void TheSameKeyInSiblingObjectsIsFine()
        => Assert.NotNull(ActivityReader.Read(Utf8("""{"type":"message","from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"c"}}""")));

    [Fact]
    public void ALoneSurrogateIsRefused()
        => Assert.Throws<InvalidOperationException>(() => ActivityReader.Read(Utf8("""{"type":"message","text":"\ud800"}""")));
}
