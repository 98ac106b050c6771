namespace ProgramaBot.Answers;

/// <summary>
/// Builds the answer engine (index, JIT of Lucene's code paths) in the background while the web host
/// starts, so the first chat question does not pay for it. Start-up is not held up.
/// </summary>
internal sealed class AnswerEngineWarmUp(IServiceProvider services, ILogger<AnswerEngineWarmUp> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(
            () =>
            {
                try
                {
                    services.GetRequiredService<LiveAnswerEngine>().Current.Ask("ayuda");
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The first question would hit the same error and report it to the user's turn; here it is only logged.
                    logger.LogError(e, "Answer engine warm-up failed");
                }
            },
            CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
