namespace ProgramaBot.Answers;

/// <summary>
/// Builds the answer engine (the programme files, the search index, the JIT of their code paths) on a worker thread
/// from the moment the host starts starting — <see cref="StartingAsync"/> runs before any hosted service's StartAsync —
/// so the index is built while the rest of the host (storage, options checks, Kestrel) starts on the other core, and the
/// first chat question waits only for what is left of it. Start-up is not held up; a failure here is logged, and the
/// first question meets (and reports) the same error.
/// </summary>
internal sealed class AnswerEngineWarmUp(IServiceProvider services, TimeProvider time, ILogger<AnswerEngineWarmUp> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        _ = Task.Run(
            () =>
            {
                try
                {
                    services.GetRequiredService<LiveAnswerEngine>().Current.Ask("ayuda");
                    logger.LogInformation("Answers ready {Elapsed:F0} ms after the host began starting", time.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Answer engine warm-up failed");
                }
            },
            CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
