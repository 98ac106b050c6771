using ProgramaBot.Approvals.Storage;
using ProgramaBot.BotFramework.References;
using ProgramaBot.Commission;
using ProgramaBot.Programme.Publication;
using ProgramaBot.Conversation;
using ProgramaBot.Reminders.Delivery;
using ProgramaBot.Reminders.Schedule;
using ProgramaBot.Reminders.Subscriptions;
using ProgramaBot.Storage.AzureTables;
using ProgramaBot.Storage.Sqlite;

namespace ProgramaBot.Storage;

public static class StorageSetup
{
    /// <summary>The provider named by Storage:Provider backs every feature store.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AzureTablesOptions>().BindConfiguration(AzureTablesOptions.Section);
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);

        if (IsAzureTables(builder.Configuration))
        {
            services.AddSingleton<TableClients>();
            services.AddSingleton<IConversationReferenceStore, TableConversationReferenceStore>();
            services.AddSingleton<IScheduleStore, TableReminderScheduleStore>();
            services.AddSingleton<ISubscriptionStore, TableReminderSubscriptionStore>();
            services.AddSingleton<INoticeLog, TableNoticeLog>();
            services.AddSingleton<IApprovalStore, TableApprovalStore>();
            services.AddSingleton<IRequestFolios, TableApprovalFolios>();
            services.AddSingleton<ICommissionStore, TableCommissionStore>();
            services.AddSingleton<IProgrammeStore, TableProgrammeStore>();
            services.AddSingleton<IConversationSubjectStore, TableConversationSubjectStore>();
        }
        else
        {
            services.AddSingleton<SqliteDatabase>();
            services.AddSingleton<IConversationReferenceStore, SqliteConversationReferenceStore>();
            services.AddSingleton<IScheduleStore, SqliteReminderScheduleStore>();
            services.AddSingleton<ISubscriptionStore, SqliteReminderSubscriptionStore>();
            services.AddSingleton<INoticeLog, SqliteNoticeLog>();
            services.AddSingleton<IApprovalStore, SqliteApprovalStore>();
            services.AddSingleton<IRequestFolios, SqliteApprovalFolios>();
            services.AddSingleton<ICommissionStore, SqliteCommissionStore>();
            services.AddSingleton<IProgrammeStore, SqliteProgrammeStore>();
            services.AddSingleton<IConversationSubjectStore, SqliteConversationSubjectStore>();
        }

        return builder;
    }

    public static bool IsAzureTables(IConfiguration configuration)
        => string.Equals(configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"], StorageOptions.AzureTables,
            StringComparison.OrdinalIgnoreCase);
}
