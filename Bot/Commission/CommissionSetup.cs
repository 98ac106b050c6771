using Microsoft.Extensions.Options;

namespace ProgramaBot.Commission;

public static class CommissionSetup
{
    /// <summary>The roster, the Secretario Técnico and the decision rule, validated at start-up.</summary>
    public static IServiceCollection AddCommission(this IServiceCollection services)
    {
        services.AddOptions<CommissionOptions>().BindConfiguration(CommissionOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<CommissionOptions>, CommissionIdentityValidation>();
        services.AddSingleton<CommissionRoster>();
        return services;
    }
}
