using Microsoft.Extensions.Time.Testing;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.Answers;

/// <summary>A question sent to /api/messages (expectReplies) is answered by the engine, through the real pipeline.</summary>
public sealed class AnswerChatTests : IDisposable
{
    private readonly BotFactory bot = new();
    private readonly HttpClient client;

    public AnswerChatTests() => client = bot.CreateClient();

    [Fact]
    public async Task SessionQuestionIsAnsweredWithMonthAndSource()
    {
        var response = await client.PostActivityAsync(Activities.Message("¿cuándo es la sesión ordinaria III?", "http://localhost:1/", expectReplies: true));

        var text = (await response.RepliesAsync())[0]!["text"]!.GetValue<string>();
        Assert.Contains("septiembre", text, StringComparison.Ordinal);
        Assert.Contains("Fuente: Programa Anual de Trabajo 2021, apartado 4", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASessionAnswerSuggestsTheNextSessionAndTheReminders()
    {
        var response = await client.PostActivityAsync(Activities.Message("¿cuándo es la sesión ordinaria III?", "http://localhost:1/", expectReplies: true));

        var actions = (await response.RepliesAsync())[0]!["suggestedActions"]!["actions"]!.AsArray();
        Assert.Equal(["próxima sesión", "suscribir recordatorios", "sesiones"], actions.Select(a => a!["value"]!.GetValue<string>()));
        Assert.All(actions, a => Assert.Equal("imBack", a!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task MentionedSessionsCommandGetsACardWithTextFallback()
    {
        var response = await client.PostActivityAsync(Activities.Message("<at>ProgramaBot</at> sesiones", "http://localhost:1/", expectReplies: true));

        var reply = (await response.RepliesAsync())[0]!;
        var attachment = reply["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Assert.Equal("1.5", attachment["content"]!["version"]!.GetValue<string>());
        Assert.Contains("septiembre", reply["summary"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AYearNobodyLoadedIsSaidToBeMissingAndALoadedOneIsCitedByItsOwnApartados()
    {
        var settings = new Dictionary<string, string?> { ["Programme:Files:0"] = TestEngine.RomanFile };
        using var withTwoYears = new BotFactory(settings, new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 16, 0, 0, TimeSpan.Zero)));
        using var chat = withTwoYears.CreateClient();

        var missing = await chat.PostActivityAsync(Activities.Message("¿cuándo es la sesión ordinaria 3 del 2026?", "http://localhost:1/", expectReplies: true));
        var missingText = (await missing.RepliesAsync())[0]!["text"]!.GetValue<string>();
        Assert.StartsWith("No tengo cargado el programa de 2026", missingText, StringComparison.Ordinal);
        Assert.Contains("chat personal", missingText, StringComparison.Ordinal);

        var of2023 = await chat.PostActivityAsync(Activities.Message("¿cuándo es la sesión ordinaria 3 del programa 2023?", "http://localhost:1/", expectReplies: true));
        var text = (await of2023.RepliesAsync())[0]!["text"]!.GetValue<string>();
        Assert.Contains("Tercera Sesión Ordinaria está programada para octubre de 2023", text, StringComparison.Ordinal);
        Assert.EndsWith("Fuente: Programa Anual de Trabajo 2023, apartado V.", text, StringComparison.Ordinal);
    }

    public void Dispose() => bot.Dispose();
}
