using Hangfire;

namespace ProgramaBot.Approvals.Publishing;

/// <summary>
/// One more PUT of a request's card at its latest version, a while after a vote. A publisher that PUTs an older version
/// re-reads and sends the newest right after, so whichever PUT reaches Teams last is followed by the latest — unless
/// its instance died in that instant; then the card would show an old tally for good. This job puts the latest back on
/// top. It is scheduled in the shared job storage when the vote is recorded, so another instance runs it if this one
/// died.
/// </summary>
public sealed class CardSettleJob(RequestPublisher publisher)
{
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(string requestId, CancellationToken cancellationToken)
    {
        if (!await publisher.ResendCardAsync(requestId, cancellationToken))
        {
            throw new InvalidOperationException($"The card of {requestId} could not be sent again; Hangfire retries.");
        }
    }
}
