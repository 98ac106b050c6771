using ProgramaBot.Programme;

namespace ProgramaBot.Answers;

/// <summary>Everything the engine precomputes for one programme: its items, their index and its vocabulary.</summary>
public sealed class ProgrammeKnowledge : IDisposable
{
    public ProgrammeKnowledge(ProgrammeDocument programme)
    {
        Programme = programme;
        Items = ProgrammeItems.From(programme);
        Index = new SearchIndex(Items);
        Vocabulary = new Vocabulary(Items.SelectMany(i => new[] { i.Title, i.Body, i.Answer, i.Keywords }));
        Acronyms = programme.Acronyms.ToDictionary(a => SpanishText.Fold(a.Letters), StringComparer.Ordinal);
    }

    public ProgrammeDocument Programme { get; }
    public IReadOnlyList<KnowledgeItem> Items { get; }
    public SearchIndex Index { get; }
    public Vocabulary Vocabulary { get; }

    /// <summary>By folded letters ("despen").</summary>
    public IReadOnlyDictionary<string, Acronym> Acronyms { get; }

    public KnowledgeItem? Item(string id) => Items.FirstOrDefault(i => i.Id == id);

    public void Dispose() => Index.Dispose();
}
