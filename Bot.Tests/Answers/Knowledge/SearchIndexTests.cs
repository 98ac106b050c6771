using System.Text.Json;
using ProgramaBot.Answers.Reading;
using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Programme;

namespace ProgramaBot.Tests.Answers.Knowledge;

/// <summary>
/// The index computes Lucene's BM25 scores itself (no Lucene index is written at start-up) and ranks without a Lucene
/// BooleanQuery per question (its scorer allocates a 2,048-bucket table each time); for every question of the
/// project's question sets, over every test programme, the items, their order and their scores must be exactly those
/// Lucene's own index and search return (<see cref="LuceneReference"/>).
/// </summary>
public sealed class SearchIndexTests
{
    public static TheoryData<string> Programmes() =>
        [TestEngine.BuiltInFile, TestEngine.SyntheticFile, TestEngine.RomanFile, TestEngine.ShiftedFile];

    [Theory]
    [MemberData(nameof(Programmes))]
    public void EveryQuestionIsRankedExactlyAsLuceneRanksIt(string file)
    {
        using var knowledge = new ProgrammeKnowledge(ProgrammeCatalog.LoadFiles([file]).All[0]);
        using var lucene = new LuceneReference(knowledge.Index);
        var questions = Questions().ToList();
        Assert.True(questions.Count > 250, $"only {questions.Count} questions read");
        var compared = 0;
        foreach (var question in questions)
        {
            var read = QuestionReader.Read(question, knowledge);
            foreach (var top in new[] { 20, 3 })
            {
                var expected = lucene.Search(read.TermGroups, top);
                var actual = knowledge.Index.Search(read.TermGroups, top);
                Assert.Equal(Describe(expected), Describe(actual));
                compared += actual.Count;
            }
        }

        Assert.True(compared > 1000, $"only {compared} hits compared");
    }

    [Fact]
    public void ALongPastedTextIsRankedAsLuceneRanksIt()
    {
        using var knowledge = new ProgrammeKnowledge(ProgrammeCatalog.LoadFiles([TestEngine.BuiltInFile]).All[0]);
        using var lucene = new LuceneReference(knowledge.Index);
        var text = string.Join(' ', knowledge.Items.Select(i => i.Body)).Split(' ').Take(190);
        var read = QuestionReader.Read(string.Join(' ', text), knowledge);
        Assert.Equal(Describe(lucene.Search(read.TermGroups)), Describe(knowledge.Index.Search(read.TermGroups)));
    }

    private static List<string> Describe(IReadOnlyList<SearchHit> hits)
        => [.. hits.Select(h => $"{h.Index} {h.Item.Id} {BitConverter.SingleToInt32Bits(h.LuceneScore)} {h.Coverage:R}")];

    private static IEnumerable<string> Questions()
    {
        foreach (var set in new[] { "dev-questions.jsonl", "own-questions.jsonl", "holdout-questions.jsonl", "holdout2-questions.jsonl" })
        {
            foreach (var line in File.ReadLines(Support.Repo.PathOf("Bot.Tests", "Answers", set)).Where(l => l.Trim().Length > 0))
            {
                using var json = JsonDocument.Parse(line);
                yield return json.RootElement.GetProperty("q").GetString()!;
            }
        }
    }
}
