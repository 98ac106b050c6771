using ProgramaBot.Answers;
using ProgramaBot.Answers.Replies;

namespace ProgramaBot.Tests.Answers;

public sealed class AnswerEngineTests : IDisposable
{
    private readonly AnswerEngine engine = TestEngine.Create();

    [Theory]
    [InlineData("ayuda")]
    [InlineData("Ayuda")]
    [InlineData("<at>ProgramaBot</at> ayuda")]
    public void HelpCommandIsRecognised(string text)
    {
        var answer = engine.Ask(text);
        Assert.True(answer.Answered);
        Assert.Contains("próxima sesión", answer.Text);
    }

    [Theory]
    [InlineData("sesiones", 4)]
    [InlineData("objetivos", 9)]
    [InlineData("líneas de acción", 19)]
    public void ListCommandsCarryStructuredItems(string command, int items)
    {
        var answer = engine.Ask(command);
        Assert.NotNull(answer.List);
        Assert.Equal(items, answer.List.Items.Count);
        Assert.StartsWith("Fuente:", answer.List.Source);
    }

    [Fact]
    public void EveryAnswerNamesItsSource()
    {
        var answer = engine.Ask("¿cuándo es la sesión ordinaria III?");
        Assert.EndsWith("Fuente: Programa Anual de Trabajo 2021, apartado 4.", answer.Text);
        Assert.Equal(["4"], answer.Sources);
    }

    [Fact]
    public void ActionLineSourceNamesTheLine()
        => Assert.Contains("apartado 3, línea de acción 3.5.2", engine.Ask("línea 3.5.2").Text);

    [Fact]
    public void DecliningOffersTheClosestItems()
    {
        var answer = engine.Ask("¿Qué dice el artículo 99?");
        Assert.False(answer.Answered);
        Assert.StartsWith("No lo sé: El programa no cita el artículo 99.", answer.Text);
        Assert.InRange(answer.Suggestions.Count, 2, 3);
        Assert.All(answer.Suggestions, s => Assert.Contains(s, answer.Text));
    }

    [Fact]
    public void OutOfScopeScoresBelowThreshold()
    {
        var answer = engine.Ask("¿Cuál es el precio del dólar hoy?");
        Assert.False(answer.Answered);
        Assert.True(answer.Score < AnswerEngine.Threshold);
        Assert.Empty(answer.Sources);
    }

    [Fact]
    public void CardForAListIsAdaptiveCardOnePointFiveWithTextBlocks()
    {
        var card = AnswerCardBuilder.Build(engine.Ask("sesiones"));
        Assert.NotNull(card);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.NotNull(card["$schema"]);
        var blocks = card["body"]!.AsArray().Where(e => (string?)e!["type"] == "TextBlock").ToList();
        Assert.All(blocks, b => Assert.False(string.IsNullOrWhiteSpace((string?)b!["text"])));
        Assert.Contains("septiembre", card.ToJsonString());
    }

    [Fact]
    public void PlainAnswersHaveNoCard() => Assert.Null(AnswerCardBuilder.Build(engine.Ask("¿Qué significa INE?")));

    public void Dispose() => engine.Dispose();
}
