using Hangfire;
using Microsoft.Extensions.Options;

namespace ProgramaBot.Approvals.Publishing;

/// <summary>Schedules a <see cref="CardSettleJob"/> after a recorded vote; a failure to schedule never fails the vote.</summary>
public sealed class CardSettling(IBackgroundJobClient jobs, IOptions<ApprovalsOptions> options, ILogger<CardSettling> logger)
{
    public void Schedule(string requestId)
    {
        try
        {
            jobs.Schedule<CardSettleJob>(job => job.RunAsync(requestId, CancellationToken.None), options.Value.CardSettleDelay);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not schedule the card settle of {RequestId}; the card relies on the live update", requestId);
        }
    }
}
