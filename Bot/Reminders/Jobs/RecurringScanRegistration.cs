using Hangfire;
using Microsoft.Extensions.Options;

namespace ProgramaBot.Reminders.Jobs;

/// <summary>
/// Registers (or updates) the due scan at start-up; every instance does it, Hangfire keeps one. On a worker thread,
/// resolving the job manager there too: opening the job storage must not hold up Kestrel (hosted services start
/// concurrently; the host still waits for this before it reports started).
/// </summary>
internal sealed class RecurringScanRegistration(IServiceProvider services, IOptions<ReminderOptions> options) : IHostedService
{
    // Hangfire's cron runs on its own (real) clock; the scan itself reads TimeProvider, so a simulated clock still works.
    public Task StartAsync(CancellationToken cancellationToken) => Task.Run(
        () => services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<DueScanJob>(DueScanJob.RecurringId,
            job => job.RunAsync(CancellationToken.None), options.Value.ScanCron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc }),
        cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
