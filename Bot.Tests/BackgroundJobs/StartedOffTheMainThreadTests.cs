using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ProgramaBot.BackgroundJobs;

namespace ProgramaBot.Tests.BackgroundJobs;

/// <summary>The wrapper that runs a hosted service's (synchronous) start on a worker thread, as Hangfire's server needs.</summary>
public sealed class StartedOffTheMainThreadTests
{
    private sealed class Recording : IHostedService, IDisposable
    {
        public static ManualResetEventSlim Release { get; } = new();

        public static bool Created { get; set; }

        public bool Stopped { get; private set; }

        public bool Disposed { get; private set; }

        public Recording() => Created = true;

        public Task StartAsync(CancellationToken cancellationToken)
        {
            Release.Wait(TimeSpan.FromSeconds(30), cancellationToken); // a synchronous start, as Hangfire's server's is
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            Stopped = true;
            return Task.CompletedTask;
        }

        public void Dispose() => Disposed = true;
    }

    [Fact]
    public async Task TheServiceIsMadeAndStartedOnAWorkerThreadThenStoppedAndDisposed()
    {
        var services = new ServiceCollection();
        services.AddHostedService<Recording>();
        StartedOffTheMainThread.WrapLastRegistered(services);
        await using var provider = services.BuildServiceProvider();

        Recording.Created = false;
        var wrapper = Assert.IsType<StartedOffTheMainThread>(Assert.Single(provider.GetServices<IHostedService>()));
        Assert.False(Recording.Created); // not made when the host makes its hosted services

        var start = wrapper.StartAsync(CancellationToken.None);
        Assert.False(start.IsCompleted); // the caller was not held while the inner start blocks
        Recording.Release.Set();
        await start;
        Assert.True(Recording.Created);

        await wrapper.StopAsync(CancellationToken.None);
        var inner = (Recording)typeof(StartedOffTheMainThread)
            .GetField("_inner", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(wrapper)!;
        Assert.True(inner.Stopped);

        await provider.DisposeAsync();
        Assert.True(inner.Disposed);
    }

    [Fact]
    public void WrappingWithoutAHostedServiceSaysSo()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StartedOffTheMainThread.WrapLastRegistered(new ServiceCollection()));
        Assert.Contains("No hosted service", error.Message, StringComparison.Ordinal);
    }
}
