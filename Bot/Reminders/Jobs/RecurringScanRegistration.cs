using Hangfire;
using Microsoft.Extensions.Options;

namespace ProgramaBot.Reminders.Jobs;

/// <summary>Registers (or updates) the due scan at start-up; every instance does it, Hangfire keeps one.</summary>
internal sealed class RecurringScanRegistration(IRecurringJobManager recurring, IOptions<ReminderOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Hangfire's cron runs on its own (real) clock; the scan itself reads TimeProvider, so a simulated clock still works.
        recurring.AddOrUpdate<DueScanJob>(DueScanJob.RecurringId, job => job.RunAsync(CancellationToken.None), options.Value.ScanCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
