using System.Text.Json.Nodes;
using ProgramaBot.Approvals;

namespace ProgramaBot.Reminders.Nudges;

/// <summary>The member's own card for a pending vote, so a nudge carries the ballot (approvals backs it in the bot).</summary>
public interface IVoteBallots
{
    /// <returns>Null when the request or the member is gone: the nudge then goes as text.</returns>
    Task<JsonObject?> BallotAsync(PendingVote vote, CancellationToken cancellationToken);
}
