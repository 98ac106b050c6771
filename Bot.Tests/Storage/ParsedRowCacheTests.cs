using System.Text;
using System.Text.Json;
using ProgramaBot.Conversation;
using ProgramaBot.Storage.Sqlite;

namespace ProgramaBot.Tests.Storage;

/// <summary>The memory's parsed rows: the same bytes give the record parsed before, any other bytes are parsed.</summary>
public sealed class ParsedRowCacheTests
{
    private static readonly DateTimeOffset At = new(2021, 6, 1, 16, 0, 0, TimeSpan.Zero);

    private static byte[] Body(int n) => JsonSerializer.SerializeToUtf8Bytes(new ConversationSubject(SubjectKinds.Objective, $"2.{n}", 2021, At.AddSeconds(n)));

    [Fact]
    public async Task TheSameBytesGiveTheRecordParsedBefore()
    {
        var cache = new ParsedRowCache<ConversationSubject>();

        var first = cache.Parser(Body(1));
        var again = cache.Parser(Body(1));

        Assert.Same(first, again);
        Assert.Equal(new ConversationSubject(SubjectKinds.Objective, "2.1", 2021, At.AddSeconds(1)), await again);
    }

    [Fact]
    public async Task EveryOtherBodyIsParsedEvenWhenTheSlotsAreFull()
    {
        var cache = new ParsedRowCache<ConversationSubject>();
        for (var round = 0; round < 2; round++)
        {
            for (var n = 0; n < 300; n++)
            {
                Assert.Equal($"2.{n}", (await cache.Parser(Body(n)))!.Number);
            }
        }
    }

    [Fact]
    public async Task ABodyOfNullIsNoRecord()
        => Assert.Null(await new ParsedRowCache<ConversationSubject>().Parser(Encoding.UTF8.GetBytes("null")));
}
