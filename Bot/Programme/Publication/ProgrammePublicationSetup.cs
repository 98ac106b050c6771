using ProgramaBot.Approvals.Api;
using ProgramaBot.Approvals.Publishing;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Programme.Publication.Api;
using ProgramaBot.Programme.Publication.Chat;

namespace ProgramaBot.Programme.Publication;

public static class ProgrammePublicationSetup
{
    /// <summary>
    /// Loading a year's programme through the commission: the file sent in Teams, the review card and its actions,
    /// POST /api/programmes, and publishing on approval. Needs AddProgramme, AddStorage and AddApprovals.
    /// </summary>
    public static IHostApplicationBuilder AddProgrammePublication(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // Its own client, with none of the Connector's handlers: the bot's token never goes to a download URL.
        services.AddHttpClient<ProgrammeFileDownloader>().ConfigurePrimaryHttpMessageHandler(ProgrammeFileDownloader.CreateHandler);
        services.AddSingleton<ProgrammeSubmission>();
        services.AddSingleton<IDecisionEffect, ProgrammePublicationEffect>();
        services.AddSingleton<IMessageHandler, ProgrammeUploadHandler>();
        services.AddSingleton<ICardActionHandler, ProgrammeReviewActions>();
        return builder;
    }

    public static IEndpointRouteBuilder MapProgrammePublication(this IEndpointRouteBuilder endpoints)
    {
        // The approvals API's key and filter, as they are: one key for the systems that feed the commission.
        endpoints.MapGroup("/api/programmes").AddEndpointFilter<ApiKeyFilter>().DisableAntiforgery()
            .MapPost("", ProgrammesEndpoints.CreateAsync);
        return endpoints;
    }
}
