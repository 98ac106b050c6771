using ProgramaBot.Commission;

namespace ProgramaBot.Approvals.Requests;

/// <summary>The votes of the current roster on one request, and what they decide.</summary>
public sealed record Tally(
    IReadOnlyList<(CommissionMember Member, Vote Vote)> Cast,
    IReadOnlyList<CommissionMember> Pending,
    int RosterSize)
{
    public int Approvals => Cast.Count(c => c.Vote.Choice == VoteChoice.Approve);

    public int Rejections => Cast.Count(c => c.Vote.Choice == VoteChoice.Reject);

    /// <summary>Votes from people no longer on the roster do not count.</summary>
    public static Tally Of(IReadOnlyList<CommissionMember> roster, IReadOnlyList<Vote> votes)
    {
        var byKey = votes.ToDictionary(v => v.MemberKey, StringComparer.OrdinalIgnoreCase);
        var cast = roster.Where(m => byKey.ContainsKey(m.Key)).Select(m => (m, byKey[m.Key])).ToList();
        var pending = roster.Where(m => !byKey.ContainsKey(m.Key)).ToList();
        return new Tally(cast, pending, roster.Count);
    }

    /// <summary>Majority: more than half approve, or more than half reject. Unanimity: all approve, or anyone rejects.</summary>
    public RequestStatus Decide(DecisionRule rule) => rule switch
    {
        DecisionRule.Unanimity when Rejections > 0 => RequestStatus.Rejected,
        DecisionRule.Unanimity when Approvals == RosterSize => RequestStatus.Approved,
        DecisionRule.Majority when Approvals * 2 > RosterSize => RequestStatus.Approved,
        DecisionRule.Majority when Rejections * 2 > RosterSize => RequestStatus.Rejected,
        _ => RequestStatus.Open,
    };

    /// <summary>How many approvals decide the request under <paramref name="rule"/>.</summary>
    public int NeededToApprove(DecisionRule rule) => rule == DecisionRule.Unanimity ? RosterSize : (RosterSize / 2) + 1;
}
