using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ProgramaBot.BotFramework.Connector.Pacing;

public static class PacingSetup
{
    /// <summary>Adds Teams' rate limits (Connector:Pacing) to a Connector HttpClient, inside its retry handler.</summary>
    public static IHttpClientBuilder AddOutboundPacing(this IHttpClientBuilder builder)
    {
        builder.Services.AddOptions<PacingOptions>().BindConfiguration(PacingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Real time on purpose: the bot's TimeProvider may be simulated (drills) or fake (tests), Teams' limits are not.
        builder.Services.TryAddSingleton<IInstanceCount, SingleInstance>();
        builder.Services.AddSingleton(sp => new SlidingWindowPacer(
            sp.GetRequiredService<IOptions<PacingOptions>>(), TimeProvider.System, sp.GetRequiredService<IInstanceCount>()));
        builder.Services.AddTransient<PacingHandler>();
        return builder.AddHttpMessageHandler<PacingHandler>();
    }
}
