using System.ComponentModel.DataAnnotations;

namespace ProgramaBot.BotFramework.Connector.Pacing;

/// <summary>
/// Teams' outbound limits (docs/PROTOCOL.md), enforced by this process before each Connector request. With several
/// instances each takes its share of the global limit: Count divided by the instances counted by
/// <see cref="IInstanceCount"/> (the Hangfire servers alive in the shared PostgreSQL).
/// </summary>
public sealed class PacingOptions : IValidatableObject
{
    public const string Section = "Connector:Pacing";

    public bool Enabled { get; set; } = true;

    /// <summary>Per bot per conversation. Unset: 7/1 s, 8/2 s, 60/30 s, 1800/3600 s.</summary>
    public RateLimit[]? PerConversation { get; set; }

    /// <summary>Per app per tenant. Unset: 50/1 s.</summary>
    public RateLimit? Global { get; set; }

    /// <summary>
    /// Spread the global limit evenly instead of letting 50 go in one burst: a burst arrives smeared by network and
    /// thread-pool jitter and overlaps the next second's burst, which Teams would count as over the limit.
    /// </summary>
    public bool SpreadGlobal { get; set; } = true;

    /// <summary>Extra spacing on the global limit, as a fraction (0.10 = 10 % under the limit) to absorb jitter (see docs/REMINDERS.md).</summary>
    [Range(0.0, 1.0)]
    public double GlobalMargin { get; set; } = 0.10;

    public IReadOnlyList<RateLimit> EffectivePerConversation => PerConversation is { Length: > 0 } limits ? limits : TeamsPerConversation;

    public RateLimit EffectiveGlobal => Global ?? TeamsGlobal;

    public static readonly RateLimit[] TeamsPerConversation =
    [
        new() { Count = 7, Window = TimeSpan.FromSeconds(1) },
        new() { Count = 8, Window = TimeSpan.FromSeconds(2) },
        new() { Count = 60, Window = TimeSpan.FromSeconds(30) },
        new() { Count = 1800, Window = TimeSpan.FromSeconds(3600) },
    ];

    public static readonly RateLimit TeamsGlobal = new() { Count = 50, Window = TimeSpan.FromSeconds(1) };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EffectivePerConversation.Append(EffectiveGlobal).Any(l => l.Count < 1 || l.Window <= TimeSpan.Zero))
        {
            yield return new ValidationResult("Connector:Pacing limits need Count ≥ 1 and a positive Window.", [nameof(PerConversation)]);
        }
    }
}

/// <summary>At most <see cref="Count"/> requests in any window of length <see cref="Window"/>.</summary>
public sealed class RateLimit
{
    public int Count { get; set; }
    public TimeSpan Window { get; set; }
}
