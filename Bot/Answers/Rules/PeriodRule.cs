using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Answers.Reading;
using ProgramaBot.Answers.Replies;

namespace ProgramaBot.Answers.Rules;

/// <summary>"¿Cuándo inicia y termina la evaluación del desempeño 2021-2022?": the months of a period the programme names.</summary>
public sealed class PeriodRule : IAnswerRule
{
    public Reply? TryAnswer(Question question, AnswerContext context)
    {
        var asksSpan = question.HasAny("periodo", "inicia", "empieza", "comienza", "termina", "concluye", "acaba", "abarca", "cubre", "dura", "vigencia");
        var periods = context.Programme.Periods;
        if (!asksSpan || periods.Count == 0 || question.HasAny("objetivo", "linea", "sesion", "sesiones") || question.SectionNumbers.Count > 0)
        {
            return null;
        }

        var byYears = periods.Where(p => question.Years.Count > 0 && question.Years.All(y => y == p.From.Year || y == p.To.Year)).ToList();
        if (byYears.Count == 0 && !question.HasAny("evaluacion", "desempeño"))
        {
            return null;
        }

        var chosen = byYears.Count > 0 ? byYears : [.. periods];
        return new Reply(string.Join(" ", chosen.Select(p => context.Knowledge.Item(p.Id)!.Answer)),
            [.. chosen.SelectMany(p => p.Sources).Distinct()], Reply.Sure);
    }
}
