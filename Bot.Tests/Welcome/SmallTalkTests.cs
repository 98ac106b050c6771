using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProgramaBot.Tests.Fakes;
using ProgramaBot.Welcome;

namespace ProgramaBot.Tests.Welcome;

/// <summary>Courtesy and questions about the bot, through /api/messages in one conversation: short polite answers, never «No lo sé».</summary>
public sealed class SmallTalkTests : IDisposable
{
    private readonly BotFactory bot = new();
    private readonly HttpClient client;

    public SmallTalkTests() => client = bot.CreateClient();

    [Fact]
    public async Task AConversationOfCourtesiesIsAnsweredPolitely()
    {
        var hello = await SayAsync("Buenos días");
        Assert.Equal("Buenos días, soy ProgramaBot. ¿En qué le puedo ayudar?", Text(hello));
        Assert.NotNull(HelpCardIn(hello));

        Assert.Equal(SmallTalkHandler.Thanks, Text(await SayAsync("¡Muchas gracias!")));
        Assert.Equal(SmallTalkHandler.Wellbeing, Text(await SayAsync("¿cómo está?")));
        Assert.Equal(SmallTalkHandler.Goodbye, Text(await SayAsync("hasta luego")));

        var identity = await SayAsync("¿Quién eres?");
        Assert.Equal(SmallTalkHandler.Identity, Text(identity));
        Assert.NotNull(HelpCardIn(identity));
    }

    [Theory]
    [InlineData("ayuda")]
    [InlineData("hola")]
    [InlineData("¿qué puedes hacer?")]
    [InlineData("<at>ProgramaBot</at> ayuda")]
    public async Task HelpGreetingAndCapabilitiesGetTheSameHelpCardWithButtons(string text)
    {
        var card = HelpCardIn(await SayAsync(text));

        Assert.NotNull(card);
        Assert.False(string.IsNullOrWhiteSpace(card["fallbackText"]?.GetValue<string>()));
        Assert.False(string.IsNullOrWhiteSpace(card["speak"]?.GetValue<string>()));
        var json = Json(card);
        Assert.Contains("Aprobaciones", json, StringComparison.Ordinal);
        Assert.Contains("Recordatorios", json, StringComparison.Ordinal);
        var buttons = card["actions"]!.AsArray().Select(a => a!["data"]!["msteams"]!["value"]!.GetValue<string>()).ToList();
        Assert.Contains("próxima sesión", buttons);
        Assert.Contains("suscribir recordatorios", buttons);
        Assert.DoesNotContain("Fuente:", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AButtonsQuestionIsAnsweredAsIfTyped()
    {
        var card = HelpCardIn(await SayAsync("ayuda"))!;
        var next = card["actions"]![0]!["data"]!["msteams"]!["value"]!.GetValue<string>();

        var answer = Text(await SayAsync(next));

        Assert.Contains("Sesión Ordinaria", answer, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("No lo sé", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InAGroupChatTheHelpCardShowsTheMentionForm()
    {
        var response = await client.PostActivityAsync(Activities.Message("<at>ProgramaBot</at> ayuda", "http://localhost:1/",
            conversationId: "19:grupo@thread.v2", expectReplies: true, conversationType: "groupChat"));
        var card = HelpCardIn((JsonObject)(await response.RepliesAsync())[0]!)!;

        Assert.Contains("@ProgramaBot próxima sesión", Json(card), StringComparison.Ordinal);
        Assert.Null(card["actions"]);
    }

    [Fact]
    public async Task NoLoSeIsFollowedByTheHelpCard()
    {
        var reply = await SayAsync("¿cuál es la receta del mole?");

        Assert.StartsWith("No lo sé", Text(reply), StringComparison.Ordinal);
        Assert.NotNull(HelpCardIn(reply));
    }

    [Theory]
    [InlineData("gracias, ¿cuándo es la sesión ordinaria III?")]
    [InlineData("hola, ¿qué dice el objetivo 2.2?")]
    public void CourtesyBeforeAQuestionLeavesItAQuestion(string text) => Assert.Null(SmallTalk.Classify(text));

    private async Task<JsonObject> SayAsync(string text)
    {
        var response = await client.PostActivityAsync(Activities.Message(text, "http://localhost:1/", expectReplies: true));
        return (JsonObject)(await response.RepliesAsync())[0]!;
    }

    private static string Text(JsonObject reply) => reply["text"]?.GetValue<string>() ?? "";

    private static JsonObject? HelpCardIn(JsonObject reply)
        => reply["attachments"]?.AsArray().Select(a => a?["content"] as JsonObject)
            .FirstOrDefault(c => c?["body"] is { } body && Json(body).Contains("asistente de la Comisión", StringComparison.Ordinal));

    private static string Json(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public void Dispose() => bot.Dispose();
}
