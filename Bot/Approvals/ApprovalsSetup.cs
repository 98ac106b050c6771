using Microsoft.Extensions.Options;
using ProgramaBot.Approvals.Api;
using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Chat;
using ProgramaBot.Approvals.Cli;
using ProgramaBot.Approvals.Creation;
using ProgramaBot.Approvals.Publishing;
using ProgramaBot.Approvals.Voting;
using ProgramaBot.BackgroundJobs;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Cli;
using ProgramaBot.Security;

namespace ProgramaBot.Approvals;

public static class ApprovalsSetup
{
    /// <summary>Requests, voting, publishing (and its recurring sweep), the chat command, card actions, the REST API and
    /// the <c>cards</c> verb. The store itself is registered by Storage (per Storage:Provider); Hangfire by Reminders.</summary>
    public static IHostApplicationBuilder AddApprovals(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ApprovalsOptions>().BindConfiguration(ApprovalsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RequestCardRenderer>();
        services.AddSingleton<CommissionChannel>();
        services.AddSingleton<DecisionAnnouncer>();
        services.AddSingleton<RequestPublisher>();
        services.AddTransient<PublicationSweepJob>();
        services.AddTransient<CardSettleJob>();
        services.AddSingleton<CardSettling>();
        services.AddRecurringJobAtStart<PublicationSweepJob>(PublicationSweepJob.RecurringId,
            sp => sp.GetRequiredService<IOptions<ApprovalsOptions>>().Value.PublicationSweepCron, job => job.RunAsync(CancellationToken.None));
        services.AddSingleton<RequestCreator>();
        services.AddSingleton<VoteRecorder>();
        services.AddSingleton<IPendingVotes, PendingVotes>();
        services.AddSingleton<ApiKeyFilter>();
        builder.AddApiKeyGate();

        services.AddSingleton<IMessageHandler, NewRequestCommand>();
        services.AddSingleton<IMessageHandler, MyPendingCommand>();
        services.AddSingleton<ICardActionHandler, RefreshAction>();
        services.AddSingleton<ICardActionHandler, VoteAction>();
        services.AddSingleton<ICardActionHandler, ChooseKindAction>();
        services.AddSingleton<ICardActionHandler, SubmitFormAction>();
        services.AddCliVerb<CardsVerb>();
        return builder;
    }

    public static IEndpointRouteBuilder MapApprovals(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/approvals").AddEndpointFilter<ApiKeyFilter>().DisableAntiforgery();
        api.MapPost("", ApprovalsEndpoints.CreateAsync);
        api.MapGet("{id}", ApprovalsEndpoints.GetAsync);
        return endpoints;
    }
}
