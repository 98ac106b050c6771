using Microsoft.Extensions.Time.Testing;
using ProgramaBot.Conversation;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.Conversation;

/// <summary>Follow-ups resolve against the conversation's last subject, through /api/messages, turn after turn.</summary>
public sealed class FollowUpTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2021, 6, 1, 16, 0, 0, TimeSpan.Zero));
    private readonly BotFactory _bot;
    private readonly HttpClient _client;

    public FollowUpTests()
    {
        _bot = new BotFactory(time: _time);
        _client = _bot.CreateClient();
    }

    [Fact]
    public async Task AndTheFourthAfterTheThirdSessionIsTheFourthSession()
    {
        var third = await AskAsync("¿cuándo es la sesión ordinaria III?");
        var fourth = await AskAsync("¿y la cuarta?");

        Assert.Contains("septiembre", third, StringComparison.Ordinal);
        Assert.DoesNotContain("No lo sé", fourth, StringComparison.Ordinal);
        Assert.StartsWith("La Sesión Ordinaria IV", fourth, StringComparison.Ordinal);
        Assert.Equal(fourth, await AskAsync("¿cuándo es la sesión ordinaria 4?", conversation: "a:otra"));
    }

    [Fact]
    public async Task TheNextObjectiveAndItsWhenFollowTheLastSubject()
    {
        var objective = await AskAsync("¿qué dice el objetivo 2.6?");
        var next = await AskAsync("¿y el siguiente?");

        Assert.DoesNotContain("No lo sé", next, StringComparison.Ordinal);
        Assert.Equal(await AskAsync("¿qué dice el objetivo 2.7?", conversation: "a:otra"), next);
        Assert.NotEqual(objective, next);
    }

    [Fact]
    public async Task WhenIsItAfterASessionAsksForThatSession()
    {
        await AskAsync("sesión ordinaria 2");
        var when = await AskAsync("¿cuándo es?");

        Assert.Equal(await AskAsync("¿cuándo es la sesión ordinaria 2?", conversation: "a:otra"), when);
    }

    [Fact]
    public async Task AQuestionNamingItsOwnSubjectIgnoresTheContext()
    {
        await AskAsync("¿cuándo es la sesión ordinaria III?");
        var own = await AskAsync("¿qué dice el objetivo 2.2?");

        Assert.Equal(await AskAsync("¿qué dice el objetivo 2.2?", conversation: "a:otra"), own);
    }

    [Fact]
    public async Task TheMemoryIsPerConversationAndForgetsAfterHalfAnHour()
    {
        await AskAsync("¿cuándo es la sesión ordinaria III?");
        Assert.StartsWith("No lo sé", await AskAsync("¿y la cuarta?", conversation: "a:otra"), StringComparison.Ordinal);

        _time.Advance(ConversationMemory.Lifetime + TimeSpan.FromMinutes(1));

        Assert.StartsWith("No lo sé", await AskAsync("¿y la cuarta?"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("¿y la cuarta?", "sesion ordinaria", "3", null, "¿cuándo es la sesión ordinaria 4?")]
    [InlineData("y la IV", "sesion ordinaria", "3", null, "¿cuándo es la sesión ordinaria 4?")]
    [InlineData("¿y en 2025?", "sesion ordinaria", "3", null, "¿cuándo es la sesión ordinaria 3 del programa 2025?")]
    [InlineData("¿y el siguiente?", "objetivo", "2.6", null, "¿qué dice el objetivo 2.7?")]
    [InlineData("¿y el anterior?", "linea de accion", "3.5.2", 2021, "¿qué dice la línea de acción 3.5.1 del programa 2021?")]
    [InlineData("¿qué líneas tiene?", "objetivo", "2", null, "¿qué líneas de acción tiene el objetivo 2?")]
    [InlineData("¿cuándo es?", "sesion extraordinaria", "1", null, "¿cuándo es la sesión extraordinaria 1?")]
    public void FollowUpsBecomeWholeQuestions(string text, string kind, string number, int? year, string whole)
        => Assert.Equal(whole, FollowUps.Resolve(text, new ConversationSubject(kind, number, year, default)));

    [Theory]
    [InlineData("¿qué dice el objetivo 2.2?")]
    [InlineData("¿cuáles son los objetivos generales?")]
    [InlineData("gracias")]
    public void OtherQuestionsAreNotFollowUps(string text)
        => Assert.Null(FollowUps.Resolve(text, new ConversationSubject(SubjectKinds.OrdinarySession, "3", null, default)));

    private async Task<string> AskAsync(string text, string conversation = "a:personal-1")
    {
        var response = await _client.PostActivityAsync(Activities.Message(text, "http://localhost:1/", conversationId: conversation, expectReplies: true));
        var reply = (await response.RepliesAsync())[0]!;
        return reply["text"]?.GetValue<string>() ?? reply["summary"]?.GetValue<string>() ?? "";
    }

    public void Dispose()
    {
        _client.Dispose();
        _bot.Dispose();
    }
}
