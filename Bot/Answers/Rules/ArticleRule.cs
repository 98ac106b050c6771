using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Answers.Reading;
using ProgramaBot.Answers.Replies;

namespace ProgramaBot.Answers.Rules;

/// <summary>"¿Qué dice el artículo 86?": the legal bases citing that article; one the programme does not cite is declined.</summary>
public sealed class ArticleRule : IAnswerRule
{
    public Reply? TryAnswer(Question question, AnswerContext context)
    {
        if (question.Articles.Count == 0)
        {
            return null;
        }

        var bases = context.Programme.LegalBases.Where(b => question.Articles.Contains(b.Article ?? "")).ToList();
        if (bases.Count == 0)
        {
            return Reply.Decline($"El programa no cita el artículo {string.Join(" ni el ", question.Articles)}.");
        }

        // "el artículo 21 del Reglamento Interior": prefer the bases whose law the question names.
        var named = bases.Where(b => context.Knowledge.Index.Coverage(question.TermGroups, IndexOf(context, b.Id)) > 0.5).ToList();
        var chosen = named.Count > 0 ? named : bases;
        return new Reply(string.Join(Environment.NewLine, chosen.Select(ProgrammeItems.LegalAnswer)),
            [.. chosen.Select(b => b.Source).Distinct()], Reply.Sure);
    }

    private static int IndexOf(AnswerContext context, string id)
        => context.Knowledge.Items.Select((item, i) => (item, i)).First(p => p.item.Id == id).i;
}
