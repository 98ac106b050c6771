using System.ComponentModel.DataAnnotations;
using ProgramaBot.Reminders.Schedule;

namespace ProgramaBot.Reminders;

public sealed class ReminderOptions : IValidatableObject
{
    public const string Section = "Reminders";

    /// <summary>How long before a session its reminders go out. Unset: 7 days, 1 day, 1 hour.</summary>
    public TimeSpan[]? SessionOffsets { get; set; }

    /// <summary>How long before a deadline (at <see cref="DeadlineTime"/>) its notices go out. Unset: 7 days, 1 day.</summary>
    public TimeSpan[]? DeadlineOffsets { get; set; }

    /// <summary>A deadline is a date; its notices count back from this local time of that day.</summary>
    public TimeOnly DeadlineTime { get; set; } = new(9, 0);

    /// <summary>The published programme's sessions (month-only) and dated items.</summary>
    public List<ProgrammeItemOptions> Programme { get; set; } = [];

    /// <summary>Treat Commission:ConversationId as subscribed without anyone typing "suscribir recordatorios".</summary>
    public bool SubscribeCommissionConversation { get; set; }

    /// <summary>
    /// Key for /api/reminders/* (header X-Api-Key) and the Hangfire dashboard (except from loopback in Development);
    /// at least 16 characters, like Approvals:ApiKey. Unset: nobody.
    /// </summary>
    public string? AdminApiKey { get; set; }

    /// <summary>How often the due scan runs (Hangfire cron; a minute is Hangfire's finest).</summary>
    [Required]
    public string ScanCron { get; set; } = "* * * * *";

    /// <summary>How long a delivery is held by the job that will send it; after that it is offered again.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan DeliveryLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Wait before offering again a delivery that failed transiently (throttled, network).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts per (notice, conversation) before it is given up and logged.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>A member who has not voted this long after a request opened gets a nudge (at most daily).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan NudgeDelay { get; set; } = TimeSpan.FromDays(1);

    public IReadOnlyList<TimeSpan> EffectiveSessionOffsets => SessionOffsets is { Length: > 0 } o ? o : Defaults.Session;

    public IReadOnlyList<TimeSpan> EffectiveDeadlineOffsets => DeadlineOffsets is { Length: > 0 } o ? o : Defaults.Deadline;

    /// <summary>How long before <paramref name="entry"/> its notices go out: a session's offsets or a deadline's.</summary>
    public IReadOnlyList<TimeSpan> OffsetsFor(ScheduleEntry entry) => entry.IsSession ? EffectiveSessionOffsets : EffectiveDeadlineOffsets;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EffectiveSessionOffsets.Concat(EffectiveDeadlineOffsets).Any(o => o <= TimeSpan.Zero))
        {
            yield return new ValidationResult("Reminders:SessionOffsets and Reminders:DeadlineOffsets must be positive durations.",
                [nameof(SessionOffsets)]);
        }

        if (!string.IsNullOrEmpty(AdminApiKey) && AdminApiKey.Length < Security.ApiKeyGate.MinLength)
        {
            yield return new ValidationResult(
                $"Reminders:AdminApiKey must be at least {Security.ApiKeyGate.MinLength} characters (or empty to let nobody in).", [nameof(AdminApiKey)]);
        }

        if (Programme.GroupBy(p => p.Key).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            yield return new ValidationResult($"Reminders:Programme lists '{duplicate.Key}' twice.", [nameof(Programme)]);
        }
    }

    private static class Defaults
    {
        public static readonly TimeSpan[] Session = [TimeSpan.FromDays(7), TimeSpan.FromDays(1), TimeSpan.FromHours(1)];
        public static readonly TimeSpan[] Deadline = [TimeSpan.FromDays(7), TimeSpan.FromDays(1)];
    }
}
