using System.ComponentModel.DataAnnotations;

namespace ProgramaBot.BotFramework.Connector;

/// <summary>Bounded retries for the Bot Connector (docs/PROTOCOL.md: only 412, 429, 502, 503, 504).</summary>
public sealed class ConnectorOptions
{
    public const string Section = "Connector";

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>First backoff when no Retry-After is given; doubles each attempt, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After longer than this is capped; the send is not held for hours.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
