using System.ComponentModel.DataAnnotations;

namespace ProgramaBot.Approvals;

/// <summary>Configuration section "Approvals".</summary>
public sealed class ApprovalsOptions : IValidatableObject
{
    public const string Section = "Approvals";
    public const int MinApiKeyLength = 16;

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

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(ApiKey) && ApiKey.Length < MinApiKeyLength)
        {
            yield return new ValidationResult(
                $"Approvals:ApiKey must be at least {MinApiKeyLength} characters (or empty to disable the approvals API).", [nameof(ApiKey)]);
        }
    }
}
