using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Commission.Setup;
using Microsoft.Extensions.Options;

namespace ProgramaBot.Commission;

public static class CommissionSetup
{
    /// <summary>
    /// The roster, the Secretario Técnico and the decision rule: the configuration bootstrap, validated at start-up, and
    /// the set-up from Teams («configurar comisión») that replaces it. The store is registered by Storage.
    /// </summary>
    public static IHostApplicationBuilder AddCommission(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CommissionOptions>().BindConfiguration(CommissionOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<CommissionOptions>, CommissionIdentityValidation>();
        services.AddSingleton<IValidateOptions<CommissionOptions>, CommissionRoleValidation>();
        services.AddSingleton<CommissionRoster>();
        services.AddSingleton<ConversationMembers>();
        services.AddSingleton<IMessageHandler, ConfigureCommissionCommand>();
        services.AddSingleton<ICardActionHandler, SaveSetupAction>();
        return builder;
    }
}
