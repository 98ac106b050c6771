using System.ComponentModel.DataAnnotations;

namespace ProgramaBot.Time;

public sealed class TimeOptions : IValidatableObject
{
    public const string Section = "Time";

    /// <summary>IANA zone of the commission: Durango observes Central Mexico time.</summary>
    public string TimeZone { get; set; } = "America/Mexico_City";

    /// <summary>
    /// Demos and drills: the bot's clock starts at this instant and runs from there
    /// (e.g. 2021-09-28T08:59:00-05:00: Mexico observed daylight time, UTC−05:00, in September 2021), so the 2021 reminders can be watched today.
    /// </summary>
    public DateTimeOffset? SimulatedStart { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!System.TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"Time:TimeZone '{TimeZone}' is not a known time zone (use an IANA id such as America/Mexico_City).",
                [nameof(TimeZone)]);
        }
    }
}
