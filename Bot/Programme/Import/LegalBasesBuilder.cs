namespace ProgramaBot.Programme.Import;

/// <summary>
/// Collects the legal bases the document cites, in order: one per article and law, its summary the
/// paragraph that cites it (the source's own words, not a rewrite), its id the law's prefix and the article.
/// </summary>
public sealed class LegalBasesBuilder(LawNames laws)
{
    private readonly List<LegalBasis> _bases = [];
    private string? _lastLaw;

    public IReadOnlyList<LegalBasis> Bases => _bases;

    /// <summary>The bases <paramref name="paragraph"/> cites (new or already known), in the order it cites them.</summary>
    public IReadOnlyList<LegalBasis> AddFrom(string paragraph, string source)
    {
        var cited = new List<LegalBasis>();
        foreach (var citation in LegalCitationReader.Read(paragraph))
        {
            var (law, prefix, writtenAs) = laws.Resolve(citation.Law, _lastLaw);
            _lastLaw = law;
            var existing = _bases.FirstOrDefault(b => b.Law == law && b.Article == citation.Article && b.Provision == citation.Provision);
            if (existing is not null)
            {
                cited.Add(existing);
                continue;
            }

            var id = $"{prefix}-{citation.Article.ToLowerInvariant().Replace(' ', '-')}";
            for (var n = 2; _bases.Any(b => b.Id == id); n++)
            {
                id = $"{prefix}-{citation.Article.ToLowerInvariant().Replace(' ', '-')}-{n}";
            }

            var basis = new LegalBasis
            {
                Id = id,
                Article = citation.Article,
                Provision = citation.Provision,
                Law = law,
                Summary = paragraph,
                Note = writtenAs is null ? null : $"El documento fuente escribe «{writtenAs}».",
                Source = source,
            };
            _bases.Add(basis);
            cited.Add(basis);
        }

        return cited;
    }

    /// <summary>A paragraph that goes on about the last basis without citing an article joins its summary.</summary>
    public bool ExtendLast(string paragraph)
    {
        if (_bases.Count == 0)
        {
            return false;
        }

        _bases[^1] = _bases[^1] with { Summary = _bases[^1].Summary + " " + paragraph };
        return true;
    }
}
