using System.Diagnostics;

namespace ProgramaBot.Telemetry;

/// <summary>The product's own spans (source "ProgramaBot"): one per turn; Connector calls are HttpClient spans under it.</summary>
public static class BotTraces
{
    public const string SourceName = "ProgramaBot";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>Null (no cost) unless a listener samples it.</summary>
    public static Activity? StartTurn(string? activityType, string? channelId)
    {
        var span = Source.StartActivity("bot.turn");
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag("bot.activity.type", activityType);
            span.SetTag("bot.channel", channelId);
        }

        return span;
    }
}
