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
        var best = hits.Max(h => h.LuceneScore);
        var ranked = hits
            .OrderByDescending(h => h.Coverage + (h.Item.Kind == wanted ? KindBonus : 0) + (RankBonus * h.LuceneScore / best))
            .ToList();
        var top = ranked[0];
        var reply = top.Item.Id == ProgrammeFacts.SessionCalendarId
            ? SessionReplies.Calendar(context) with { Confidence = top.Coverage }
            : new Reply(top.Item.Answer, top.Item.Sources, top.Coverage);
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
