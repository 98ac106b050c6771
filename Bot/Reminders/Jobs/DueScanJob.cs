using Hangfire;
using Microsoft.Extensions.Options;
using ProgramaBot.Reminders.Delivery;
using ProgramaBot.Reminders.Due;
using ProgramaBot.Reminders.Nudges;
using ProgramaBot.Reminders.Schedule;
using ProgramaBot.Reminders.Subscriptions;
using ProgramaBot.Telemetry;

namespace ProgramaBot.Reminders.Jobs;

/// <summary>
/// The recurring job: reads the truth (schedule, subscriptions, pending votes, log), asks the pure <see cref="DueNotices"/>
/// and <see cref="NudgePlan"/> what is due and <see cref="DeliveryOffers"/> what to offer, and offers each (notice,
/// conversation) to its own send job. Safe to run on several servers at once: an offer is a conditional write, so only
/// one scan wins each.
/// </summary>
public sealed class DueScanJob(
    EffectiveSchedule schedule,
    ReminderTargets targets,
    INoticeLog log,
    NoticeLedger ledger,
    NudgePlanner nudges,
    ScheduleDateOverrides answers,
    IBackgroundJobClient jobs,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    BotMetrics metrics,
    ILogger<DueScanJob> logger)
{
    public const string RecurringId = "reminders-due-scan";

    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await answers.RefreshAsync(cancellationToken);
        var now = time.GetUtcNow();
        var o = options.Value;
        var due = DueNotices.Due(await schedule.ListAsync(cancellationToken), o.OffsetsFor, now);
        var decisions = new List<DeliveryDecision>();
        if (due.Count > 0)
        {
            var conversations = await targets.ListActiveAsync(cancellationToken);
            var rows = await log.ListAsync([.. due.Select(n => n.Id)], cancellationToken);
            decisions.AddRange(DeliveryOffers.Deliveries(due, conversations, rows, now, o.MaxAttempts));
        }

        var nudgesDue = await nudges.DueAsync(now, cancellationToken);
        if (nudgesDue.Count > 0)
        {
            var rows = await log.ListAsync([.. nudgesDue.Select(p => p.NoticeId).Distinct()], cancellationToken);
            decisions.AddRange(DeliveryOffers.Offers(nudgesDue, rows, now, o.MaxAttempts));
        }

        var offered = 0;
        foreach (var decision in decisions)
        {
            offered += await OfferAsync(decision, cancellationToken) ? 1 : 0;
        }

        if (decisions.Count > 0)
        {
            logger.LogInformation("Due scan at {Now:o}: {Due} notices due, {Offered} deliveries offered of {Decisions}",
                now, due.Count, offered, decisions.Count);
        }

        return offered;
    }

    private async Task<bool> OfferAsync(DeliveryDecision decision, CancellationToken cancellationToken)
    {
        if (decision.IsExhausted)
        {
            if (await ledger.TryAbandonExhaustedAsync(decision, cancellationToken) is not null)
            {
                logger.LogWarning("Gave up notice {Notice} to {Target} after {Attempts} attempts",
                    decision.NoticeId, decision.Target, decision.Attempts - 1);
                metrics.NoticeAbandoned();
            }

            return false;
        }

        if (await ledger.TryOfferAsync(decision, cancellationToken) is not { } ticket)
        {
            return false;
        }

        jobs.Enqueue<SendNoticeJob>(job => job.SendAsync(decision.NoticeId, decision.Target, ticket, CancellationToken.None));
        return true;
    }
}
