using Microsoft.Extensions.DependencyInjection.Extensions;
using ProgramaBot.BotFramework.Turns;

namespace ProgramaBot.Welcome;

public static class WelcomeSetup
{
    public static IHostApplicationBuilder AddWelcome(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IConversationJoinedHandler, WelcomeOnJoin>();
        services.AddSingleton<IMessageHandler, SmallTalkHandler>();
        // TryAdd: a feature that answers questions registers its own fallback first and wins.
        services.TryAddSingleton<IFallbackMessageHandler, HelpFallback>();
        return builder;
    }
}
