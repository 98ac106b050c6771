using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.Commission;

namespace ProgramaBot.Approvals.Api;

/// <summary>GET /api/approvals/{id}: the request, its votes, the tally and the audit trail.</summary>
public sealed record ApprovalView(
    ApprovalRequest Request,
    IReadOnlyList<Vote> Votes,
    ApprovalView.TallyView Tally,
    IReadOnlyList<AuditEntry> Audit)
{
    public sealed record TallyView(int Approvals, int Rejections, IReadOnlyList<string> Pending, int NeededToApprove, string Rule);

    public static ApprovalView Of(ApprovalSnapshot snapshot, IReadOnlyList<AuditEntry> audit, IReadOnlyList<CommissionMember> roster)
    {
        var tally = Requests.Tally.Of(roster, snapshot.Votes);
        return new ApprovalView(snapshot.Request, snapshot.Votes,
            new TallyView(tally.Approvals, tally.Rejections, [.. tally.Pending.Select(m => m.Name)],
                tally.NeededToApprove(snapshot.Request.Rule), snapshot.Request.Rule.ToString()),
            audit);
    }
}
