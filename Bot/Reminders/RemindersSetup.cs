using Hangfire;
using Microsoft.Extensions.Options;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Programme;
using ProgramaBot.Reminders.Admin;
using ProgramaBot.Reminders.BackgroundJobs;
using ProgramaBot.Reminders.Chat;
using ProgramaBot.Reminders.Delivery;
using ProgramaBot.Reminders.Integration;
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

        // The programme model gives the sessions, approvals the pending votes; answers read the dates set here.
        services.AddSingleton<IReminderProgramme, ProgrammeReminderSource>();
        services.AddSingleton<IPendingVoteSource, ApprovalsPendingVoteSource>();
        services.AddSingleton<IVoteBallots, ApprovalsVoteBallots>();
        services.AddSingleton<ScheduleDateOverrides>();
        services.AddSingleton<ISessionDateOverrides>(sp => sp.GetRequiredService<ScheduleDateOverrides>());
        services.AddHostedService<ScheduleDateOverridesWarmup>();

        services.AddSingleton<EffectiveSchedule>();
        services.AddSingleton<ScheduleService>();
        services.AddSingleton<ReminderTargets>();
        services.AddSingleton<NoticeLedger>();
        services.AddSingleton<NoticeContents>();
        services.AddSingleton<PersonalChats>();
        services.AddSingleton<NudgePlanner>();
        services.AddSingleton<ScheduleConfirmations>();
        services.AddTransient<DueScanJob>();
        services.AddTransient<SendNoticeJob>();

        services.AddSingleton<ScheduleCommandHandler>();
        services.AddSingleton<IMessageHandler>(sp => sp.GetRequiredService<ScheduleCommandHandler>());
        services.AddSingleton<IMessageHandler, ScheduleCardCommand>();
        services.AddSingleton<ICardActionHandler, ScheduleCardAction>();
        services.AddSingleton<IMessageHandler, SubscriptionCommandHandler>();
        services.AddSingleton<IMessageHandler, UpcomingRemindersHandler>();

        services.AddReminderHangfire();
        builder.AddApiKeyGate();
        services.AddHostedService<RecurringScanRegistration>();
        return builder;
    }

    public static IEndpointRouteBuilder MapReminders(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        var authorization = new DashboardAuthorization(services.GetRequiredService<IHostEnvironment>(),
            services.GetRequiredService<IOptions<ReminderOptions>>().Value.AdminApiKey, services.GetRequiredService<ApiKeyGate>());
        endpoints.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [authorization],
            DisplayStorageConnectionString = false,
            AppPath = null,
            // Hangfire checks its antiforgery token on every POST (AddAntiforgery, HangfireSetup): browsers resend Basic
            // credentials cross-site, so without it any page an admin visits could trigger or delete jobs.
            IgnoreAntiforgeryToken = false,
        }, services.GetRequiredService<JobStorage>())
            .Add(endpoint =>
            {
                var dashboard = endpoint.RequestDelegate!;
                endpoint.RequestDelegate = http => authorization.GuardAsync(http, dashboard);
            });
        endpoints.MapReminderAdmin();
        return endpoints;
    }
}
