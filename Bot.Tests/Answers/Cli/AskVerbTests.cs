using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.Answers;
using ProgramaBot.Answers.Cli;

namespace ProgramaBot.Tests.Answers.Cli;

public sealed class AskVerbTests : IDisposable
{
    private readonly AnswerEngine engine = TestEngine.Create();

    private IServiceProvider Services => new ServiceCollection().AddSingleton(engine).BuildServiceProvider();

    [Fact]
    public async Task EachNonEmptyStdinLineGetsOneJsonLine()
    {
        var output = new StringWriter();
        var verb = new AskVerb(Services) { Input = new StringReader("¿cuándo es la sesión ordinaria III?\n\n   \nCuéntame un chiste\n"), Output = output };

        Assert.Equal(0, await verb.RunAsync([], CancellationToken.None));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("¿cuándo es la sesión ordinaria III?", first.RootElement.GetProperty("question").GetString());
        Assert.True(first.RootElement.GetProperty("answered").GetBoolean());
        Assert.Contains("septiembre", first.RootElement.GetProperty("answer").GetString());
        Assert.Equal("4", first.RootElement.GetProperty("sources")[0].GetString());
        Assert.InRange(first.RootElement.GetProperty("score").GetDouble(), 0.5, 1);
        Assert.Contains("sesión", lines[0]); // accents are written as UTF-8, not \u escapes

        using var second = JsonDocument.Parse(lines[1]);
        Assert.False(second.RootElement.GetProperty("answered").GetBoolean());
        Assert.Equal(0, second.RootElement.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task AQuestionAsArgumentIsAnsweredAlone()
    {
        var output = new StringWriter();
        var verb = new AskVerb(Services) { Input = new StringReader("no debe leerse"), Output = output };

        await verb.RunAsync(["¿Qué", "significa", "INE?"], CancellationToken.None);

        var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["question", "answered", "answer", "sources", "score"], JsonDocument.Parse(line).RootElement.EnumerateObject().Select(p => p.Name));
    }

    public void Dispose() => engine.Dispose();
}
