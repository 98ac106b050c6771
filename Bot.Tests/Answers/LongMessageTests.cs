using System.Diagnostics;
using System.Net;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.Answers;

/// <summary>A member may paste a long text: it is answered like any message, never with a server error.</summary>
public sealed class LongMessageTests : IDisposable
{
    private readonly BotFactory bot = new();
    private readonly HttpClient client;

    public LongMessageTests() => client = bot.CreateClient();

    /// <summary>Distinct letter-only words, so that each is its own search term after stemming.</summary>
    private static string DistinctWords(int count)
        => string.Join(' ', Enumerable.Range(0, count).Select(i => "pal" + new string([.. Convert.ToString(i, 8).Select(d => (char)('a' + d - '0'))]) + "ero"));

    [Fact]
    public async Task AMessageOfTwoThousandDistinctWordsIsAnswered()
    {
        var response = await client.PostActivityAsync(Activities.Message(DistinctWords(2_000), "http://localhost:1/", expectReplies: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.RepliesAsync());
    }

    [Fact]
    public async Task AQuestionDrownedInManyWordsStillFindsItsSection()
    {
        var text = "¿cuándo es la sesión ordinaria III? " + string.Join(' ', Enumerable.Repeat("programa comisión sesiones objetivos metas seguimiento", 300))
                   + " " + DistinctWords(1_500);
        var watch = Stopwatch.StartNew();

        var response = await client.PostActivityAsync(Activities.Message(text, "http://localhost:1/", expectReplies: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.RepliesAsync());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}: Teams waits 15 s for an answer");
    }

    [Fact]
    public async Task AMessageAsLongAsTheBodyLimitAllowsIsAnsweredWellWithinTeamsDeadline()
    {
        // Short made-up words, each close to many of the programme's: the costliest to correct. About 200 KB, under the body limit.
        string[] endings = ["ar", "ción", "mente", "idad", "o"];
        var text = string.Join(' ', Enumerable.Range(0, 18_000).Select(i => "p" + new string([.. Convert.ToString(i, 8).Select(d => (char)('q' + d - '0'))]) + endings[i % endings.Length]));
        var watch = Stopwatch.StartNew();

        var response = await client.PostActivityAsync(Activities.Message(text, "http://localhost:1/", expectReplies: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.RepliesAsync());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}: Teams waits 15 s for an answer");
    }

    public void Dispose()
    {
        client.Dispose();
        bot.Dispose();
    }
}
