using ProgramaBot.Cli;

namespace ProgramaBot.Answers;

public static class AnswersServiceCollectionExtensions
{
    /// <summary>The answer engine (needs <c>AddProgramme</c>) and its CLI verbs <c>ask</c> and <c>bench-answers</c>.</summary>
    public static IServiceCollection AddAnswers(this IServiceCollection services)
    {
        services.AddSingleton<AnswerEngine>();
        services.AddCliVerb<AskVerb>();
        services.AddCliVerb<BenchAnswersVerb>();
        return services;
    }
}
