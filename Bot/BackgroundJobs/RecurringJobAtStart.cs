using System.Linq.Expressions;
using Hangfire;

namespace ProgramaBot.BackgroundJobs;

/// <summary>
/// A recurring job registered (or updated) when the host starts; every instance does it, Hangfire keeps one. Hangfire's
/// cron runs on its own (real) clock, in UTC; the jobs read <see cref="TimeProvider"/>, so a simulated clock still works.
/// </summary>
public static class RecurringJobAtStart
{
    /// <param name="cron">Read when the host starts, from the feature's options.</param>
    public static IServiceCollection AddRecurringJobAtStart<TJob>(
        this IServiceCollection services, string id, Func<IServiceProvider, string> cron, Expression<Func<TJob, Task>> run)
        => services.AddSingleton<IHostedService>(sp => new Registration<TJob>(sp, id, cron, run));

    /// <summary>
    /// On a worker thread, resolving the job manager (and with it the job storage) there too: opening the storage must
    /// not hold up Kestrel (hosted services start concurrently; the host still waits for this before it reports started).
    /// </summary>
    private sealed class Registration<TJob>(IServiceProvider services, string id, Func<IServiceProvider, string> cron, Expression<Func<TJob, Task>> run)
        : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.Run(
            () => services.GetRequiredService<IRecurringJobManager>().AddOrUpdate(id, run, cron(services), new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc }),
            cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
