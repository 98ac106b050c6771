using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Answers.Reading;
using ProgramaBot.Answers.Replies;

namespace ProgramaBot.Answers.Retrieval;

/// <summary>
/// Everything the rules do not recognise: the best item by Lucene rank and coverage. Its confidence is
/// the coverage — how much of the question's weight the item explains — so a question whose key words
/// the programme never uses ("dólar", "chiste") scores near zero whatever Lucene returns.
/// </summary>
public sealed class RetrievalResponder
{
    private const double KindBonus = 0.15;
    private const double RankBonus = 0.1;

    public (Reply? Reply, IReadOnlyList<SearchHit> Ranked) Answer(Question question, AnswerContext context)
    {
        var hits = context.Knowledge.Index.Search(question.TermGroups);
        if (hits.Count == 0)
        {
            return (null, hits);
        }

        var wanted = WantedKind(question);
        var best = hits[0].LuceneScore;
        for (var i = 1; i < hits.Count; i++)
        {
            best = Math.Max(best, hits[i].LuceneScore);
        }

        // Best first by this key, ties in Lucene's order: a stable sort of at most 20 hits, as OrderByDescending sorted
        // them (the same key computed the same way once per hit), without its iterator, buffers and delegates.
        var count = hits.Count;
        Span<double> keys = count <= 64 ? stackalloc double[count] : new double[count];
        var ranked = new SearchHit[count];
        for (var i = 0; i < count; i++)
        {
            var h = hits[i];
            var key = h.Coverage + (h.Item.Kind == wanted ? KindBonus : 0) + (RankBonus * h.LuceneScore / best);
            var at = i;
            while (at > 0 && keys[at - 1].CompareTo(key) < 0)
            {
                keys[at] = keys[at - 1];
                ranked[at] = ranked[at - 1];
                at--;
            }

            keys[at] = key;
            ranked[at] = h;
        }

        var top = ranked[0];
        var reply = top.Item.Id == ProgrammeFacts.SessionCalendarId
            ? SessionReplies.Calendar(context) with { Confidence = top.Coverage }
            : new Reply(top.Item.Answer, top.Item.Sources, top.Coverage) { SharedText = top.Item.Answer };
        return (reply, ranked);
    }

    /// <summary>"¿Qué objetivo…?" wants an objective, "¿qué artículo…?" a legal basis.</summary>
    private static KnowledgeKind? WantedKind(Question question)
    {
        if (question.HasAny("linea", "lineas", "accion", "acciones"))
        {
            return KnowledgeKind.ActionLine;
        }

        if (question.HasAny("objetivo", "objetivos"))
        {
            return KnowledgeKind.Objective;
        }

        if (question.HasAny("articulo", "articulos", "fundamento", "ley", "reglamento", "constitucion", "norma", "legal"))
        {
            return KnowledgeKind.LegalBasis;
        }

        return question.HasAny("siglas", "sigla", "significa", "acronimo") ? KnowledgeKind.Acronym : null;
    }
}
