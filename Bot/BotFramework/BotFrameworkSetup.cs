using Microsoft.Extensions.Options;
using Polly;
using ProgramaBot.BotFramework.Auth;
using ProgramaBot.BotFramework.Connector;
using ProgramaBot.BotFramework.Connector.Pacing;
using ProgramaBot.BotFramework.References;
using ProgramaBot.BotFramework.Turns;

namespace ProgramaBot.BotFramework;

public static class BotFrameworkSetup
{
    /// <summary>The protocol edge: options, inbound auth, dispatcher, Connector client with bounded retries.</summary>
    public static WebApplicationBuilder AddBotFramework(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotOptions>().Bind(builder.Configuration).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotAuthenticationOptions>().BindConfiguration(BotAuthenticationOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();

        services.AddHttpClient(InboundAuthenticator.MetadataHttpClient);
        services.AddSingleton<InboundAuthenticator>();
        services.AddSingleton<ConversationReferenceTracker>();
        services.AddSingleton<TurnDispatcher>();

        services.AddHttpClient(ClientCredentialsTokenProvider.HttpClientName);
        services.AddSingleton<ClientCredentialsTokenProvider>();
        services.AddSingleton<IConnectorTokenProvider>(sp => sp.GetRequiredService<IOptions<BotOptions>>().Value.IsLocalMode
            ? new LocalModeTokenProvider()
            : sp.GetRequiredService<ClientCredentialsTokenProvider>());
        services.AddHttpClient<IConnectorClient, ConnectorClient>((sp, http) =>
                http.Timeout = sp.GetRequiredService<IOptions<ConnectorOptions>>().Value.Timeout)
            .AddResilienceHandler("connector-retry", (pipeline, context) =>
                pipeline.AddRetry(ConnectorRetry.Strategy(context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value)));
        services.AddHttpClient(nameof(IConnectorClient)).AddOutboundPacing(); // same named client, added after: inside the retries

        services.AddHostedService<LocalModeWarning>();
        return builder;
    }

    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", MessagesEndpoint.HandleAsync).DisableAntiforgery();
        return endpoints;
    }
}
