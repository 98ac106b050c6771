using ProgramaBot.Approvals.Api;
using ProgramaBot.Approvals.Publishing;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Programme.Publication.Api;
using ProgramaBot.Programme.Publication.Chat;

namespace ProgramaBot.Programme.Publication;

public static class PublicationSetup
{
    /// <summary>
    /// Loading a year's programme through the commission: the file sent in Teams, the review card and its actions,
    /// POST /api/programmes, and publishing on approval. Needs AddProgramme, AddStorage and AddApprovals.
    /// </summary>
    public static IServiceCollection AddProgrammePublication(this IServiceCollection services)
    {
        // Its own client, with none of the Connector's handlers: the bot's token never goes to a download URL.
        services.AddHttpClient<ProgrammeFileDownloader>().ConfigurePrimaryHttpMessageHandler(ProgrammeFileDownloader.CreateHandler);
        services.AddSingleton<ProgrammeSubmission>();
        services.AddSingleton<IDecisionEffect, ProgrammePublicationEffect>();
        services.AddSingleton<IMessageHandler, ProgrammeUploadHandler>();
        services.AddSingleton<ICardActionHandler, ProgrammeReviewActions>();
        return services;
    }

    public static IEndpointRouteBuilder MapProgrammes(this IEndpointRouteBuilder endpoints)
    {
        // The approvals API's key and filter, as they are: one key for the systems that feed the commission.
        endpoints.MapGroup("/api/programmes").AddEndpointFilter<ApiKeyFilter>().DisableAntiforgery()
            .MapPost("", ProgrammesEndpoints.CreateAsync);
        return endpoints;
    }
}
