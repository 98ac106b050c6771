using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Answers.Reading;
using ProgramaBot.Answers.Replies;

namespace ProgramaBot.Answers.Rules;

/// <summary>"¿Qué significa INE?", "¿qué es la DESPEN?", "MSPEN", "¿qué siglas usa el programa?".</summary>
public sealed class AcronymRule : IAnswerRule
{
    private static readonly HashSet<string> MeaningWords = new(StringComparer.Ordinal)
    {
        "significa", "significan", "significado", "siglas", "sigla", "acronimo", "acronimos", "abreviatura", "quiere",
        "decir", "es", "son", "refiere", "glosario", "lista", "listado", "aparecen", "usa", "utiliza", "usan", "cuales",
        "defineme", "define", "definicion",
    };

    public Reply? TryAnswer(Question question, AnswerContext context)
    {
        if (question.Acronyms.Count > 0)
        {
            var onlyAcronyms = question.ContentWordsExcept(MeaningWords).All(w => context.Knowledge.Acronyms.ContainsKey(w) || context.Knowledge.Acronyms.ContainsKey(w.TrimEnd('s')));
            var asksMeaning = question.HasAny("significa", "significan", "significado", "siglas", "sigla", "acronimo", "decir", "definicion", "define");
            if (!onlyAcronyms && !asksMeaning)
            {
                return null;
            }

            var texts = question.Acronyms.Select(a => context.Knowledge.Item("sigla-" + a.Letters)!.Answer);
            return new Reply(string.Join(" ", texts), [.. question.Acronyms.Select(a => a.Source).Distinct()], Reply.Sure);
        }

        if (question.UnknownAcronym is { } unknown && question.HasAny("significa", "significan", "siglas", "sigla", "es", "son"))
        {
            return Reply.Decline($"El programa no usa ni define la sigla «{unknown}».");
        }

        if (question.HasAny("siglas", "acronimos", "glosario") && !question.HasContentWordExcept(MeaningWords))
        {
            var acronyms = context.Programme.Acronyms;
            return new Reply("Siglas del programa: " + string.Join("; ", acronyms.Select(a => $"{a.Letters}: {a.Meaning}")) + ".",
                [.. acronyms.Select(a => a.Source).Distinct()], Reply.Sure)
            {
                List = new AnswerList("Siglas del programa", [.. acronyms.Select(a => new AnswerListItem(a.Letters, a.Meaning))], null, ""),
            };
        }

        return null;
    }
}
