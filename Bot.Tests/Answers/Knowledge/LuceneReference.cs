using Lucene.Net.Analysis.Es;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using ProgramaBot.Answers.Knowledge;

namespace ProgramaBot.Tests.Answers.Knowledge;

/// <summary>
/// Lucene's own index and search over the same items, text and analysis as <see cref="SearchIndex"/>: a RAMDirectory
/// written by an IndexWriter under BM25, searched with a BooleanQuery of one SHOULD TermQuery per stem. What the bot's
/// index computes itself must equal what this returns.
/// </summary>
internal sealed class LuceneReference : IDisposable
{
    private readonly SearchIndex _index;
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public LuceneReference(SearchIndex index)
    {
        _index = index;
        using var analyzer = new SpanishAnalyzer(SearchIndex.Version);
        var config = new IndexWriterConfig(SearchIndex.Version, analyzer)
        {
            Similarity = new BM25Similarity(),
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES, // document ids in insertion order: an id is its item's index
            UseCompoundFile = false,
        };
        var fieldType = new FieldType { IsIndexed = true, IsTokenized = true, IndexOptions = IndexOptions.DOCS_AND_FREQS, IsStored = false };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var item in index.Items)
            {
                writer.AddDocument(new Document { new Field(SearchIndex.TextField, SearchIndex.IndexedText(item), fieldType) });
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public IReadOnlyList<SearchHit> Search(IReadOnlyList<IReadOnlyList<string>> termGroups, int top = 20)
    {
        if (termGroups.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery();
        foreach (var term in _index.QueryTerms(termGroups))
        {
            query.Add(new TermQuery(new Term(SearchIndex.TextField, term)), Occur.SHOULD);
        }

        return [.. _searcher.Search(query, top).ScoreDocs
            .Select(d => new SearchHit(_index.Items[d.Doc], d.Doc, d.Score, _index.Coverage(termGroups, d.Doc)))];
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
