namespace ProgramaBot.BackgroundJobs;

/// <summary>
/// Runs a hosted service's start on a worker thread. Hangfire's server does its whole start synchronously (opening the
/// storage, which for SQLite creates the schema, and creating its worker threads); hosted services start concurrently
/// (<c>HostingSetup</c>) but each one's synchronous part still runs on the main thread, in turn, before Kestrel listens.
/// The service itself is made there too (Hangfire's factory resolves the storage). The host still waits for this start
/// to finish before it reports started, and a failure still fails start-up.
/// </summary>
internal sealed class StartedOffTheMainThread(Func<IHostedService> create) : IHostedService, IAsyncDisposable
{
    private IHostedService? _inner;

    public Task StartAsync(CancellationToken cancellationToken) => Task.Run(
        () =>
        {
            _inner = create();
            return _inner.StartAsync(cancellationToken);
        },
        cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => _inner?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    /// <summary>The inner service is made by this wrapper, so the container does not dispose it: this does.</summary>
    public async ValueTask DisposeAsync()
    {
        switch (_inner)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    /// <summary>Wraps the hosted service registered last (the one the caller has just added).</summary>
    public static void WrapLastRegistered(IServiceCollection services)
    {
        var index = services.Count - 1;
        while (index >= 0 && services[index].ServiceType != typeof(IHostedService))
        {
            index--;
        }

        if (index < 0)
        {
            throw new InvalidOperationException("No hosted service has been registered to wrap.");
        }

        var registered = services[index];
        services[index] = ServiceDescriptor.Singleton<IHostedService>(sp => new StartedOffTheMainThread(() => Create(registered, sp)));
    }

    private static IHostedService Create(ServiceDescriptor registered, IServiceProvider sp) => (IHostedService)(
        registered.ImplementationInstance
        ?? registered.ImplementationFactory?.Invoke(sp)
        ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!));
}
