using Hangfire;
using Microsoft.Extensions.Options;

namespace ProgramaBot.Approvals.Publishing;

/// <summary>
/// Registers (or updates) the publication sweep at start-up, as Reminders registers its due scan; every instance does
/// it, Hangfire keeps one. Hangfire itself (storage, server) is set up by Reminders.
/// </summary>
internal sealed class PublicationSweepRegistration(IRecurringJobManager recurring, IOptions<ApprovalsOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Hangfire's cron runs on its own (real) clock; the sweep reads TimeProvider, so a simulated clock still works.
        recurring.AddOrUpdate<PublicationSweepJob>(PublicationSweepJob.RecurringId, job => job.RunAsync(CancellationToken.None),
            options.Value.PublicationSweepCron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
