using Hangfire;
using Microsoft.Extensions.Options;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Connector;
using ProgramaBot.BotFramework.References;
using ProgramaBot.Reminders.Delivery;
using ProgramaBot.Reminders.Schedule;
using ProgramaBot.Telemetry;

namespace ProgramaBot.Reminders.Jobs;

/// <summary>
/// Sends one notice to one target, once. Hangfire's own retries are off: a job that fails hands the delivery back
/// to the ledger, and the scan offers it again with a fresh ticket (so a retried or duplicated job cannot send twice).
/// </summary>
public sealed class SendNoticeJob(
    NoticeLedger ledger,
    NoticeContents contents,
    IConnectorClient connector,
    IConversationReferenceStore references,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    BotMetrics metrics,
    ILogger<SendNoticeJob> logger)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task SendAsync(string noticeId, string target, string ticket, CancellationToken cancellationToken)
    {
        if (await ledger.TryTakeAsync(noticeId, target, ticket, cancellationToken) is not { } taken)
        {
            logger.LogInformation("Notice {Notice} to {Target}: ticket {Ticket} is stale (already sent or re-offered)", noticeId, target, ticket);
            return;
        }

        var settled = false;
        try
        {
            var content = await contents.ResolveAsync(noticeId, target, cancellationToken);
            if (content.Notice is not { } notice)
            {
                settled = await ledger.AbandonAsync(taken, content.Reason ?? "nothing to send", cancellationToken) is not null;
                metrics.NoticeAbandoned();
                logger.LogInformation("Notice {Notice} to {Target} not sent: {Reason}", noticeId, target, content.Reason);
                return;
            }

            var result = await connector.SendToConversationAsync(notice.Reference.Address(Message(notice)), cancellationToken);
            settled = await SettleAsync(taken, notice.Reference, result, cancellationToken);
        }
        finally
        {
            if (!settled)
            {
                await ledger.ReleaseAsync(taken, options.Value.RetryDelay, "send did not complete", CancellationToken.None);
            }
        }
    }

    private async Task<bool> SettleAsync(
        Versioned<DeliveryRecord> taken, ConversationReference reference, ConnectorResult<ResourceResponse> result, CancellationToken cancellationToken)
    {
        var (noticeId, target) = (taken.Value.NoticeId, taken.Value.Target);
        switch (result.Outcome)
        {
            case ConnectorOutcome.Ok:
                if (await ledger.MarkSentAsync(taken, result.Value?.Id, cancellationToken) is null)
                {
                    logger.LogWarning("Notice {Notice} to {Target} was sent but its lease had been taken over", noticeId, target);
                }

                logger.LogInformation("Notice {Notice} sent to {Target}", noticeId, target);
                metrics.NoticeSent();
                return true;
            case ConnectorOutcome.ReferenceInactive:
                await references.UpsertAsync(reference with
                {
                    IsActive = false,
                    InactiveReason = result.ErrorCode ?? "Forbidden",
                    UpdatedAt = time.GetUtcNow(),
                }, cancellationToken);
                await ledger.AbandonAsync(taken, $"reference inactive: {result.ErrorCode}", cancellationToken);
                logger.LogWarning("Conversation {Target} marked inactive ({Code}); notices to it stop", target, result.ErrorCode);
                metrics.NoticeAbandoned();
                return true;
            case ConnectorOutcome.NotFound or ConnectorOutcome.TooLarge:
                await ledger.AbandonAsync(taken, $"{result.Outcome}: {result.ErrorCode}", cancellationToken);
                logger.LogWarning("Notice {Notice} to {Target} abandoned: {Outcome}", noticeId, target, result.Outcome);
                metrics.NoticeAbandoned();
                return true;
            default:
                await ledger.ReleaseAsync(taken, options.Value.RetryDelay, $"{result.Outcome} (HTTP {(int?)result.Status})", cancellationToken);
                logger.LogWarning("Notice {Notice} to {Target}: {Outcome}, offered again later", noticeId, target, result.Outcome);
                metrics.NoticeFailed();
                return true;
        }
    }

    /// <summary>The text, with the notice's card under it when it has one.</summary>
    private static Activity Message(OutboundNotice notice)
    {
        if (notice.Card is not { } card)
        {
            return Activity.Message(notice.Text);
        }

        var message = Activity.Card(card, notice.Text);
        message.Text = notice.Text;
        message.TextFormat = "markdown";
        return message;
    }
}
