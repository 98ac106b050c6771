using System.Globalization;
using System.Text.RegularExpressions;
using ProgramaBot.Programme;

namespace ProgramaBot.Answers.Knowledge;

/// <summary>Everything the engine precomputes for one programme: its items, their index and its vocabulary.</summary>
public sealed partial class ProgrammeKnowledge : IDisposable
{
    public ProgrammeKnowledge(ProgrammeDocument programme)
    {
        Programme = programme;
        Items = ProgrammeItems.From(programme);
        Index = new SearchIndex(Items);
        Vocabulary = new Vocabulary(Items.SelectMany(i => new[] { i.Title, i.Body, i.Answer, i.Keywords }));
        Acronyms = programme.Acronyms.ToDictionary(a => SpanishText.Fold(a.Letters), StringComparer.Ordinal);
        MentionedYears = Items.SelectMany(i => YearMention().Matches($"{i.Title} {i.Body} {i.Answer} {i.Keywords}"))
            .Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToHashSet();
    }

    public ProgrammeDocument Programme { get; }
    public IReadOnlyList<KnowledgeItem> Items { get; }
    public SearchIndex Index { get; }
    public Vocabulary Vocabulary { get; }

    /// <summary>
    /// One object of a type per programme, made on first use and kept for this knowledge's lifetime: what the layers
    /// above make from this programme alone (<c>Replies/FixedReplies</c>) is kept here without this folder knowing them.
    /// The type must be safe to share between concurrent answers.
    /// </summary>
    public T Kept<T>()
        where T : class, new()
        => (T)kept.GetOrAdd(typeof(T), static _ => new T());

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, object> kept = new();

    /// <summary>Whole answer texts of the replies given with the same text every time, kept for this programme's lifetime.</summary>
    public AnswerTexts AnswerTexts { get; } = new();

    /// <summary>By folded letters ("despen").</summary>
    public IReadOnlyDictionary<string, Acronym> Acronyms { get; }

    /// <summary>
    /// Years the programme's text speaks of (2020 for the Concurso Público 2020): a question naming one is about
    /// that content, not necessarily about the programme of that year.
    /// </summary>
    public IReadOnlySet<int> MentionedYears { get; }

    /// <summary>
    /// [the number of the apartado holding a part], made once per part: the programme never changes, and the lists are
    /// only read (replies' sources), so concurrent answers share them.
    /// </summary>
    public IReadOnlyList<string> SourcesOf(ApartadoPart part)
        => sourcesOfPart.TryGetValue(part, out var sources) ? sources : sourcesOfPart.GetOrAdd(part, [Programme.NumberOf(part)]);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<ApartadoPart, string[]> sourcesOfPart = new();

    public KnowledgeItem? Item(string id) => Items.FirstOrDefault(i => i.Id == id);

    public void Dispose() => Index.Dispose();

    [GeneratedRegex(@"(?<!\d)(19|20)\d\d(?!\d)")]
    private static partial Regex YearMention();
}
