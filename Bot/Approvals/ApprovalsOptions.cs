using System.ComponentModel.DataAnnotations;

namespace ProgramaBot.Approvals;

/// <summary>Configuration section "Approvals".</summary>
public sealed class ApprovalsOptions
{
    public const string Section = "Approvals";

    /// <summary>
    /// The key systems send in <c>X-Api-Key</c> to POST/GET /api/approvals. Unset: the API is disabled.
    /// At least 16 characters, so a placeholder cannot go to production by accident.
    /// </summary>
    [MinLength(16, ErrorMessage = "Approvals:ApiKey must be at least 16 characters (or unset to disable the approvals API).")]
    public string? ApiKey { get; set; }

    /// <summary>Largest accepted JSON body for POST /api/approvals.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 64 * 1024;
}
