using Hangfire;
using Microsoft.Extensions.Options;

namespace ProgramaBot.Approvals.Publishing;

/// <summary>
/// Registers (or updates) the publication sweep at start-up, as Reminders registers its due scan; every instance does
/// it, Hangfire keeps one. Hangfire itself (storage, server) is set up by BackgroundJobs. The job manager (and with it
/// the job storage) is resolved on a worker thread, not when the host makes its hosted services, so opening the storage
/// does not hold up Kestrel (hosted services start concurrently; the host still waits for this).
/// </summary>
internal sealed class PublicationSweepRegistration(IServiceProvider services, IOptions<ApprovalsOptions> options) : IHostedService
{
    // Hangfire's cron runs on its own (real) clock; the sweep reads TimeProvider, so a simulated clock still works.
    public Task StartAsync(CancellationToken cancellationToken) => Task.Run(
        () => services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<PublicationSweepJob>(PublicationSweepJob.RecurringId,
            job => job.RunAsync(CancellationToken.None), options.Value.PublicationSweepCron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc }),
        cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
