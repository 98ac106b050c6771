using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Answers.Reading;
using ProgramaBot.Answers.Replies;
using ProgramaBot.Programme;

namespace ProgramaBot.Answers.Rules;

/// <summary>Extraordinary sessions: the programme sets no number or dates, only that they will be held as needed.</summary>
public sealed class ExtraordinarySessionRule : IAnswerRule
{
    public Reply? TryAnswer(Question question, AnswerContext context)
    {
        if (!question.HasAny("extraordinaria", "extraordinarias"))
        {
            return null;
        }

        var plan = context.Programme.Sessions;
        var scheduled = context.Schedule.SessionsOf(context.Programme).Where(s => s.IsExtraordinary).ToList();
        var known = scheduled.Count == 0
            ? "El programa no fija su número ni sus fechas."
            : "Sesiones extraordinarias convocadas: " + string.Join("; ", scheduled.Select(s => $"{s.Name}, {SessionReplies.When(s)}")) + ".";
        var said = string.IsNullOrWhiteSpace(plan.Extraordinary)
            ? $"Además de las {plan.OrdinaryCount} sesiones ordinarias, la Comisión puede celebrar sesiones extraordinarias; el programa no dice más sobre ellas."
            : $"Sí. Además de las {plan.OrdinaryCount} sesiones ordinarias, el programa prevé sesiones extraordinarias: {plan.Extraordinary}";
        return new($"{said} {known}", context.SourcesOf(ApartadoPart.Sessions), Reply.Sure)
        {
            Dated = true,
        };
    }
}
