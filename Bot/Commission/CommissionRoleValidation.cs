using Microsoft.Extensions.Options;

namespace ProgramaBot.Commission;

/// <summary>
/// A configured role must be one of the role names, spelt as stored. The configuration binder skips a list element whose
/// value does not convert, so «"Role": "Consejera"» would otherwise drop that member from the roster without a word:
/// this reads the raw settings and fails at start-up naming the setting and the value.
/// </summary>
internal sealed class CommissionRoleValidation(IConfiguration configuration) : IValidateOptions<CommissionOptions>
{
    public ValidateOptionsResult Validate(string? name, CommissionOptions options)
    {
        var members = configuration.GetSection(CommissionOptions.Section).GetSection(nameof(CommissionOptions.Members)).GetChildren();
        var wrong = members
            .Select(m => (Setting: $"{CommissionOptions.Section}:{nameof(CommissionOptions.Members)}:{m.Key}", Role: m[nameof(CommissionMember.Role)]))
            .Where(m => m.Role is not null && !Enum.GetNames<CommissionRole>().Contains(m.Role, StringComparer.Ordinal))
            .Select(m => $"{m.Setting}:Role must be {CommissionRole.Presidenta} or {CommissionRole.Integrante} (was '{m.Role}').")
            .ToList();
        return wrong.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(wrong);
    }
}
