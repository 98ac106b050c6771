using Microsoft.Extensions.Options;

namespace ProgramaBot.Commission;

/// <summary>
/// Outside Development a voter is recognised by Entra object id only (CommissionRoster), so every member must have one:
/// a roster that would leave someone unable to vote fails at start-up, naming the setting.
/// </summary>
internal sealed class CommissionIdentityValidation(IHostEnvironment environment) : IValidateOptions<CommissionOptions>
{
    public ValidateOptionsResult Validate(string? name, CommissionOptions options)
    {
        if (environment.IsDevelopment())
        {
            return ValidateOptionsResult.Success;
        }

        var missing = options.Members.Select((m, i) => (m, i)).Where(x => string.IsNullOrWhiteSpace(x.m.AadObjectId))
            .Select(x => $"Commission:Members:{x.i}:AadObjectId is required outside Development (a voter is identified by Entra object id).")
            .ToList();
        return missing.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(missing);
    }
}
