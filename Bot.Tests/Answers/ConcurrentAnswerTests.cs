using System.Text.Json;
using ProgramaBot.Answers.Replies;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Answers;

/// <summary>
/// Answers run on many threads at once and share what is kept per programme (replies, answer texts, stems) and a
/// per-thread scratch array: each answer given concurrently must be the one given alone.
/// </summary>
public sealed class ConcurrentAnswerTests
{
    private static readonly string[] Questions =
    [
        .. new[] { "dev-questions.jsonl", "own-questions.jsonl", "holdout-questions.jsonl", "holdout2-questions.jsonl" }
            .SelectMany(file => File.ReadLines(Repo.PathOf("Bot.Tests", "Answers", file)))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("q").GetString()!),
    ];

    [Fact]
    public void EveryQuestionAskedFromManyThreadsAtOnceIsAnsweredAsWhenAskedAlone()
    {
        using var alone = TestEngine.Create(TestEngine.MidYear, files: [TestEngine.BuiltInFile, TestEngine.RomanFile]);
        var expected = Questions.Select(q => Describe(alone.Ask(q))).ToArray();

        using var shared = TestEngine.Create(TestEngine.MidYear, files: [TestEngine.BuiltInFile, TestEngine.RomanFile]);
        var answered = new string[8 * Questions.Length];
        Parallel.For(0, answered.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            answered[i] = Describe(shared.Ask(Questions[(i * 7) % Questions.Length])));

        for (var i = 0; i < answered.Length; i++)
        {
            Assert.Equal(expected[(i * 7) % Questions.Length], answered[i]);
        }
    }

    [Fact]
    public void AnItemsAnswerTextIsMadeOnceAndGivenAgain()
    {
        using var engine = TestEngine.Create(TestEngine.MidYear);
        var first = engine.Ask("¿Quién funge como secretario técnico?");
        var again = engine.Ask("¿Quién funge como secretario técnico?");
        Assert.True(first.Answered);
        Assert.Same(first.Text, again.Text);
        Assert.EndsWith($"{Environment.NewLine}{Environment.NewLine}Fuente: Programa Anual de Trabajo 2021, apartado 1.", first.Text);
    }

    private static string Describe(Answer answer)
        => $"{answer.Answered}|{answer.Score}|{answer.Text}|{string.Join(',', answer.Sources)}|{string.Join(',', answer.Suggestions)}|" +
           $"{(AnswerCardBuilder.Build(answer) is { } card ? card.ToJsonString() : "")}";
}
