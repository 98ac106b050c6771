using System.ComponentModel.DataAnnotations;

namespace ProgramaBot.BotFramework;

/// <summary>
/// The bot's identity, with the Bot Framework's conventional names so Azure guides apply
/// (configuration keys and environment variables of the same names).
/// </summary>
public sealed class BotOptions : IValidatableObject
{
    public const string SingleTenant = "SingleTenant";
    public const string MultiTenant = "MultiTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    public string MicrosoftAppType { get; set; } = SingleTenant;
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>No app id: local development (Agents Playground, tests) — no inbound token, none sent.</summary>
    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>What outbound replies will lack (logged at start-up; inbound validation needs only the app id).</summary>
    public IEnumerable<string> MissingForReplies()
    {
        if (!IsLocalMode && MicrosoftAppType is SingleTenant or UserAssignedMsi && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            yield return nameof(MicrosoftAppTenantId);
        }

        if (!IsLocalMode && MicrosoftAppType is SingleTenant or MultiTenant && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return nameof(MicrosoftAppPassword);
        }
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsLocalMode)
        {
            yield break;
        }

        if (MicrosoftAppType is not (SingleTenant or MultiTenant or UserAssignedMsi))
        {
            yield return new ValidationResult(
                $"MicrosoftAppType must be {SingleTenant}, {MultiTenant} or {UserAssignedMsi} (was '{MicrosoftAppType}').",
                [nameof(MicrosoftAppType)]);
        }
    }
}
