using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Answers.Reading;
using ProgramaBot.Answers.Replies;

namespace ProgramaBot.Answers.Rules;

/// <summary>One kind of structured question (a session's month, an acronym…); null when the question is not of its kind.</summary>
public interface IAnswerRule
{
    Reply? TryAnswer(Question question, AnswerContext context);
}
