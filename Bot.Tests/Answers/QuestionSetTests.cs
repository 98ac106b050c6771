using System.Text.Json;
using ProgramaBot.Answers;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Answers;

/// <summary>
/// Every question of the shared dev set, our own set and a held-out-style set (written before tuning)
/// must be answered with the expected facts or declined when out of scope.
/// </summary>
public sealed class QuestionSetTests : IDisposable
{
    private readonly AnswerEngine engine = TestEngine.Create();

    public static TheoryData<string, string> Dev() => Load("dev-questions.jsonl");

    public static TheoryData<string, string> Own() => Load("own-questions.jsonl");

    public static TheoryData<string, string> HeldOut() => Load("holdout-questions.jsonl");

    public static TheoryData<string, string> HeldOutSecond() => Load("holdout2-questions.jsonl");

    [Theory]
    [MemberData(nameof(Dev))]
    public void DevQuestionIsAnsweredWithItsFacts(string question, string expectation) => Check(question, expectation);

    [Theory]
    [MemberData(nameof(Own))]
    public void OwnQuestionIsAnsweredWithItsFacts(string question, string expectation) => Check(question, expectation);

    [Theory]
    [MemberData(nameof(HeldOut))]
    public void HeldOutQuestionIsAnsweredWithItsFacts(string question, string expectation) => Check(question, expectation);

    [Theory]
    [MemberData(nameof(HeldOutSecond))]
    public void SecondHeldOutQuestionIsAnsweredWithItsFacts(string question, string expectation) => Check(question, expectation);

    private void Check(string question, string expectation)
    {
        using var expected = JsonDocument.Parse(expectation);
        var answer = engine.Ask(question);
        var text = TestEngine.Folded(answer.Text);
        if (expected.RootElement.TryGetProperty("oos", out var oos) && oos.GetBoolean())
        {
            Assert.False(answer.Answered, $"should decline, answered: {answer.Text}");
            Assert.Contains("no lo se", text);
            return;
        }

        Assert.True(answer.Answered, $"declined ({answer.Score}): {answer.Text}");
        Assert.Contains("fuente: programa anual de trabajo", text);
        if (expected.RootElement.TryGetProperty("all", out var all))
        {
            foreach (var phrase in all.EnumerateArray())
            {
                Assert.Contains(TestEngine.Folded(phrase.GetString()!), text);
            }
        }

        if (expected.RootElement.TryGetProperty("any", out var any))
        {
            Assert.True(
                any.EnumerateArray().Any(group => group.EnumerateArray().All(p => text.Contains(TestEngine.Folded(p.GetString()!), StringComparison.Ordinal))),
                $"none of the expected groups in: {answer.Text}");
        }
    }

    private static TheoryData<string, string> Load(string file)
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Repo.PathOf("Bot.Tests", "Answers", file)).Where(l => l.Trim().Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            data.Add(json.RootElement.GetProperty("q").GetString()!, line);
        }

        return data;
    }

    public void Dispose() => engine.Dispose();
}
