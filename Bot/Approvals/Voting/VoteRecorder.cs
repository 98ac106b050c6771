using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.Commission;

namespace ProgramaBot.Approvals.Voting;

/// <summary>
/// Records one member's vote with optimistic concurrency: read, decide, commit if nobody else wrote in between,
/// otherwise read again. Two members voting at the same instant both count; the decision is committed once.
/// </summary>
public sealed class VoteRecorder(IApprovalStore store, CommissionRoster roster, TimeProvider time, ILogger<VoteRecorder> logger)
{
    private const int MaxAttempts = 50;

    public async Task<VoteOutcome> CastAsync(
        CardState card, CommissionMember member, VoteChoice choice, string? comment, string? conversationId, CancellationToken cancellationToken)
    {
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        // Read once per vote: a set-up saved while this vote retries applies from the next vote.
        var members = (await roster.CurrentAsync(cancellationToken)).Members;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var snapshot = await store.GetAsync(card.RequestId, cancellationToken);
            if (snapshot is null)
            {
                return new VoteOutcome(VoteResultKind.NotFound, null);
            }

            if (!snapshot.Request.IsOpen)
            {
                return new VoteOutcome(VoteResultKind.AlreadyDecided, snapshot);
            }

            var previous = snapshot.Votes.FirstOrDefault(v => string.Equals(v.MemberKey, member.Key, StringComparison.OrdinalIgnoreCase));
            // Asked for what is already stored — a double click, or a click repeated after its answer was lost: whatever
            // card it came from, nothing is ambiguous about it.
            if (previous is not null && previous.Choice == choice && previous.Comment == comment)
            {
                return new VoteOutcome(VoteResultKind.Unchanged, snapshot);
            }

            if (StalePolicy.IsAmbiguous(card, snapshot.Request.Version, previous?.Choice))
            {
                return new VoteOutcome(VoteResultKind.Stale, snapshot);
            }

            var change = Change(snapshot, members, member, previous, choice, comment, conversationId);
            if (await store.TryCommitAsync(change, cancellationToken))
            {
                var decidedNow = !change.Updated.IsOpen;
                var votes = snapshot.Votes.Where(v => v != previous).Append(change.Vote!).ToList();
                return new VoteOutcome(VoteResultKind.Recorded,
                    new ApprovalSnapshot(change.Updated with { Version = change.ExpectedVersion + 1 }, votes), decidedNow);
            }

            logger.LogDebug("Vote on {RequestId} lost a race (attempt {Attempt}); re-reading", card.RequestId, attempt);
            // A short real-time jitter (not the commission's clock, which tests may freeze) spreads the retrying voters.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * Math.Min(attempt, 10))), cancellationToken);
        }

        throw new InvalidOperationException($"The vote on {card.RequestId} could not be committed after {MaxAttempts} attempts.");
    }

    private ApprovalChange Change(
        ApprovalSnapshot snapshot, IReadOnlyList<CommissionMember> members, CommissionMember member, Vote? previous, VoteChoice choice, string? comment, string? conversationId)
    {
        var now = time.GetUtcNow();
        var vote = new Vote(member.Key, member.Name, choice, comment, now, conversationId);
        var votes = snapshot.Votes.Where(v => v != previous).Append(vote).ToList();
        var status = Tally.Of(members, votes).Decide(snapshot.Request.Rule);
        var detail = VoteWords.Of(choice) + (comment is null ? "" : $" — «{comment}»");
        var audit = new List<AuditEntry>
        {
            new(now, member.Name, member.Key, previous is null ? AuditEntry.Voted : AuditEntry.VoteChanged, detail, conversationId),
        };
        if (status != RequestStatus.Open)
        {
            audit.Add(new(now, "ProgramaBot", null, AuditEntry.Decided, VoteWords.Of(status), conversationId));
        }

        var updated = snapshot.Request with { Status = status, DecidedAt = status == RequestStatus.Open ? null : now };
        return new ApprovalChange(updated, snapshot.Request.Version, vote, audit, now);
    }
}
