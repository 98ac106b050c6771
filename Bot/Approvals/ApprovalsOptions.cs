using System.ComponentModel.DataAnnotations;

namespace ProgramaBot.Approvals;

/// <summary>Configuration section "Approvals".</summary>
public sealed class ApprovalsOptions : IValidatableObject
{
    public const string Section = "Approvals";
    public const int MinApiKeyLength = Security.ApiKeyGate.MinLength;

    /// <summary>
    /// The key systems send in <c>X-Api-Key</c> to POST/GET /api/approvals. Unset or empty: the API is disabled.
    /// At least 16 characters, so a placeholder cannot go to production by accident.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Largest accepted JSON body for POST /api/approvals.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>How often the publication sweep repairs cards and announcements left behind (Hangfire cron; a minute is its finest).</summary>
    [Required]
    public string PublicationSweepCron { get; set; } = "* * * * *";

    /// <summary>
    /// How long a vote click waits for everyone's card to be updated before answering the voter. Updates to one
    /// conversation are paced (Teams allows 60 per 30 s), so in a burst of clicks an update may queue; the voter is then
    /// answered first and the update follows (repaired by the sweep if the instance dies). Teams gives a click 15 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan PublishWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long after a vote the card is sent once more at its latest version (<c>CardSettleJob</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan CardSettleDelay { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(ApiKey) && ApiKey.Length < MinApiKeyLength)
        {
            yield return new ValidationResult(
                $"Approvals:ApiKey must be at least {MinApiKeyLength} characters (or empty to disable the approvals API).", [nameof(ApiKey)]);
        }
    }
}
