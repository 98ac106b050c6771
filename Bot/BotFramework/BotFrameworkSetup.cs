using Microsoft.Extensions.Options;
using ProgramaBot.BotFramework.Auth;
using ProgramaBot.BotFramework.Connector;
using ProgramaBot.BotFramework.Connector.Pacing;
using ProgramaBot.BotFramework.Connector.Trust;
using ProgramaBot.BotFramework.References;
using ProgramaBot.BotFramework.Turns;

namespace ProgramaBot.BotFramework;

public static class BotFrameworkSetup
{
    /// <summary>The protocol edge: options, inbound auth, dispatcher, Connector client with bounded retries.</summary>
    public static IHostApplicationBuilder AddBotFramework(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotOptions>().Bind(builder.Configuration).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotAuthenticationOptions>().BindConfiguration(BotAuthenticationOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();

        services.AddOptions<ServiceUrlOptions>().BindConfiguration(ServiceUrlOptions.Section)
            .Validate<IHostEnvironment>((o, env) => o.IsValid(env.IsDevelopment()), ServiceUrlOptions.ValidationMessage).ValidateOnStart();

        services.AddHttpClient(InboundAuthenticator.MetadataHttpClient);
        services.AddSingleton<SigningKeys>();
        services.AddSingleton<ValidatedTokens>();
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddTransient<TrustedServiceUrlHandler>();
        services.AddSingleton<InboundAuthenticator>();
        services.AddSingleton<ConversationReferenceTracker>();
        services.AddSingleton<RecentReferences>();
        services.AddSingleton<TurnDispatcher>();

        services.AddHttpClient(ClientCredentialsTokenProvider.HttpClientName);
        services.AddSingleton<ClientCredentialsTokenProvider>();
        services.AddSingleton<IConnectorTokenProvider>(sp => sp.GetRequiredService<IOptions<BotOptions>>().Value switch
        {
            { IsLocalMode: true } => new LocalModeTokenProvider(),
            { MicrosoftAppType: BotOptions.UserAssignedMsi } => ActivatorUtilities.CreateInstance<ManagedIdentityTokenProvider>(sp),
            _ => sp.GetRequiredService<ClientCredentialsTokenProvider>(),
        });
        // Handlers in order, outermost first: trusted destinations only → retries → pacing (every attempt waits for a slot)
        // → per-attempt timeout.
        var connector = services.AddHttpClient<IConnectorClient, ConnectorClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        connector.AddHttpMessageHandler<TrustedServiceUrlHandler>();
        connector.AddResilienceHandler("connector-retries", (pipeline, context) => ConnectorRetry.ConfigureRetries(pipeline,
            context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value, context.ServiceProvider.GetRequiredService<TimeProvider>(),
            context.ServiceProvider.GetRequiredService<Telemetry.BotMetrics>()));
        connector.AddOutboundPacing();
        connector.AddResilienceHandler("connector-timeout", (pipeline, context) => ConnectorRetry.ConfigureTimeout(pipeline,
            context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value, context.ServiceProvider.GetRequiredService<TimeProvider>()));

        services.AddHostedService<IdentityStartupCheck>();
        services.AddHostedService<TurnPathWarmUp>();
        return builder;
    }

    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", MessagesEndpoint.HandleAsync).DisableAntiforgery();
        return endpoints;
    }
}
