using ProgramaBot.BotFramework.Auth;
using ProgramaBot.BotFramework.Connector;
using ProgramaBot.BotFramework.Connector.Trust;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Telemetry;

namespace ProgramaBot.BotFramework;

/// <summary>
/// Prepares on a worker thread, while the rest of the host starts, what the first activity would otherwise prepare
/// itself while a member waits: the endpoint table that routing is built from, the services <c>/api/messages</c> takes
/// (the Connector's HttpClient among them, with its handler pipeline) and the activity's JSON contract, by reading a
/// sample activity. Nothing is authenticated, stored or sent. A failure is only logged: the first activity meets the
/// same error and reports it.
/// </summary>
internal sealed class TurnPathWarmUp(IServiceProvider services, ILogger<TurnPathWarmUp> logger) : IHostedLifecycleService
{
    private static ReadOnlySpan<byte> SampleActivity => """
        {"type":"message","id":"warm-up","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/amer/",
         "from":{"id":"29:warm-up","aadObjectId":"00000000-0000-0000-0000-000000000000"},"recipient":{"id":"28:warm-up"},
         "conversation":{"id":"a:warm-up","conversationType":"personal","tenantId":"00000000-0000-0000-0000-000000000000"},
         "text":"ayuda","locale":"es-MX","channelData":{"tenant":{"id":"00000000-0000-0000-0000-000000000000"}},
         "entities":[{"type":"clientInfo","locale":"es-MX"}]}
        """u8;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(Warm, CancellationToken.None);
        return Task.CompletedTask;
    }

    private void Warm()
    {
        try
        {
            // What every activity needs first, the Connector's client last: building its handlers (retries, pacing, which
            // counts the instances through Hangfire's storage) is the longest part, and an expectReplies turn never needs it.
            _ = services.GetRequiredService<EndpointDataSource>().Endpoints;
            _ = ActivityReader.Read(SampleActivity);
            using var scope = services.CreateScope();
            var turnServices = scope.ServiceProvider;
            turnServices.GetRequiredService<InboundAuthenticator>();
            turnServices.GetRequiredService<TurnDispatcher>();
            turnServices.GetRequiredService<ServiceUrlPolicy>();
            turnServices.GetRequiredService<BotMetrics>();
            turnServices.GetRequiredService<IConnectorClient>();
        }
        catch (Exception e)
        {
            logger.LogDebug(e, "Warming up the turn's path failed; the first activity will meet the error");
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
