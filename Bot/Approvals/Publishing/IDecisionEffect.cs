using ProgramaBot.Approvals.Requests;

namespace ProgramaBot.Approvals.Publishing;

/// <summary>
/// What a decided request sets in motion beyond the vote (an approved programme becomes the published one). Run by
/// <see cref="DecisionAnnouncer"/> before the announcement, on whichever instance announces, and again by the
/// publication sweep until it succeeds: it must be idempotent, and ignore the kinds and outcomes it has no part in.
/// </summary>
public interface IDecisionEffect
{
    /// <returns>False when it could not complete now and must be tried again (the announcement waits for it).</returns>
    Task<bool> ApplyAsync(ApprovalRequest request, CancellationToken cancellationToken);
}
