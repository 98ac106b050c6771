using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ProgramaBot.Time;

public static class TimeSetup
{
    /// <summary>TimeProvider (system, or simulated from Time:SimulatedStart) and the commission's clock.</summary>
    public static IHostApplicationBuilder AddTime(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TimeOptions>().BindConfiguration(TimeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var simulatedStart = builder.Configuration.GetValue<DateTimeOffset?>($"{TimeOptions.Section}:{nameof(TimeOptions.SimulatedStart)}");
        builder.Services.TryAddSingleton(simulatedStart is { } start
            ? new SimulatedTimeProvider(start, TimeProvider.System)
            : TimeProvider.System);
        builder.Services.AddSingleton<CommissionClock>();
        return builder;
    }
}
