using Microsoft.Extensions.Options;
using ProgramaBot.BackgroundJobs;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Programme;
using ProgramaBot.Reminders.Admin;
using ProgramaBot.Reminders.Chat;
using ProgramaBot.Reminders.Commands;
using ProgramaBot.Reminders.Delivery;
using ProgramaBot.Reminders.Jobs;
using ProgramaBot.Reminders.Nudges;
using ProgramaBot.Reminders.Schedule;
using ProgramaBot.Reminders.Subscriptions;
using ProgramaBot.Security;

namespace ProgramaBot.Reminders;

public static class RemindersSetup
{
    /// <summary>Session reminders, deadline notices and vote nudges, delivered by Hangfire (stores come from AddStorage).</summary>
    public static IHostApplicationBuilder AddReminders(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // The schedule: the programme's sessions, overlaid with the dates set here (which the programme's answers read).
        services.AddSingleton<ProgrammeReminderSource>();
        services.AddSingleton<ScheduleDateOverrides>();
        services.AddSingleton<ISessionDateOverrides>(sp => sp.GetRequiredService<ScheduleDateOverrides>());
        services.AddHostedService<ScheduleDateOverridesWarmup>();
        services.AddSingleton<EffectiveSchedule>();
        services.AddSingleton<ScheduleService>();
        services.AddSingleton<ReminderTargets>();

        // Vote nudges: approvals says whose vote is pending (IPendingVotes) and renders the member's ballot.
        services.AddSingleton<NudgePlanner>();
        services.AddSingleton<PersonalChats>();
        services.AddSingleton<IVoteBallots, ApprovalsVoteBallots>();

        services.AddSingleton<NoticeLedger>();
        services.AddSingleton<NoticeContents>();
        services.AddSingleton<NudgeContents>();
        services.AddTransient<DueScanJob>();
        services.AddTransient<SendNoticeJob>();

        services.AddSingleton<ScheduleConfirmations>();
        services.AddSingleton<ScheduleCommandHandler>();
        services.AddSingleton<IMessageHandler, ScheduleMessageHandler>();
        services.AddSingleton<IMessageHandler, ScheduleCardCommand>();
        services.AddSingleton<ICardActionHandler, ScheduleCardAction>();
        services.AddSingleton<IMessageHandler, SubscriptionCommandHandler>();
        services.AddSingleton<IMessageHandler, UpcomingRemindersHandler>();

        builder.AddApiKeyGate();
        services.AddRecurringJobAtStart<DueScanJob>(DueScanJob.RecurringId,
            sp => sp.GetRequiredService<IOptions<ReminderOptions>>().Value.ScanCron, job => job.RunAsync(CancellationToken.None));
        return builder;
    }

    public static IEndpointRouteBuilder MapReminders(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapJobsDashboard(endpoints.ServiceProvider.GetRequiredService<IOptions<ReminderOptions>>().Value.AdminApiKey);
        endpoints.MapReminderAdmin();
        return endpoints;
    }
}
