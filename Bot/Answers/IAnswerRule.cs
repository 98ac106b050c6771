using ProgramaBot.Programme;

namespace ProgramaBot.Answers;

/// <summary>One kind of structured question (a session's month, an acronym…); null when the question is not of its kind.</summary>
public interface IAnswerRule
{
    Reply? TryAnswer(Question question, AnswerContext context);
}

public sealed record AnswerContext(ProgrammeKnowledge Knowledge, ProgrammeSchedule Schedule, ProgrammeClock Clock)
{
    public ProgrammeDocument Programme => Knowledge.Programme;
}
