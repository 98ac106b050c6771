using ProgramaBot.Answers.Cli;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Cli;

namespace ProgramaBot.Answers;

public static class AnswersSetup
{
    /// <summary>
    /// The answer engine (needs <c>AddProgramme</c>), the chat's fallback message handler and the CLI verbs
    /// <c>ask</c> and <c>bench-answers</c>. Call before <c>AddWelcome</c>, whose help-only fallback is registered with TryAdd.
    /// </summary>
    public static IHostApplicationBuilder AddAnswers(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<LiveAnswerEngine>();
        services.AddSingleton<IFallbackMessageHandler, AnswerChatHandler>();
        services.AddHostedService<AnswerEngineWarmUp>();
        services.AddCliVerb<AskVerb>();
        services.AddCliVerb<BenchAnswersVerb>();
        return builder;
    }
}
