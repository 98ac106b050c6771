using System.Text.Json.Nodes;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Cards;

namespace ProgramaBot.Approvals.Cards;

/// <summary>Where the vote stands: the outcome or the count, and each member's vote (or that it is pending).</summary>
internal static class TallySection
{
    public static JsonObject Render(ApprovalRequest request, Tally tally, TimeZoneInfo zone)
    {
        var items = new List<JsonNode> { Status(request, tally, zone) };
        items.Add(CardJson.Text(
            $"A favor: {tally.Approvals} · En contra: {tally.Rejections} · {(request.IsOpen ? "Pendientes" : "Sin votar")}: {tally.Pending.Count} " +
            $"(se requieren {tally.NeededToApprove(request.Rule)} de {tally.RosterSize} votos a favor{RuleNote(request)})"));

        var facts = tally.Cast
            .Select(c => (MemberTitle(c.Member), VoteLine(c.Vote, zone)))
            .Concat(tally.Pending.Select(m => (MemberTitle(m), request.IsOpen ? "Pendiente" : "No votó")));
        items.Add(CardJson.Facts(facts));
        return CardJson.Container(items, separator: true);
    }

    private static JsonObject Status(ApprovalRequest request, Tally tally, TimeZoneInfo zone) => request.Status switch
    {
        RequestStatus.Approved => CardJson.Text(
            $"Decisión: APROBADA ({tally.Approvals} de {tally.RosterSize} votos a favor), {SpanishCalendar.Moment(request.DecidedAt!.Value, zone)}",
            TextStyle.Good),
        RequestStatus.Rejected => CardJson.Text(
            $"Decisión: RECHAZADA ({tally.Rejections} de {tally.RosterSize} votos en contra), {SpanishCalendar.Moment(request.DecidedAt!.Value, zone)}",
            TextStyle.Attention),
        _ => CardJson.Text($"En votación desde el {SpanishCalendar.Moment(request.CreatedAt, zone)}", TextStyle.Heading),
    };

    private static string RuleNote(ApprovalRequest request)
        => request.Rule == Commission.DecisionRule.Unanimity ? ", por unanimidad" : "";

    private static string MemberTitle(Commission.CommissionMember member)
        => member.Role == Commission.CommissionRole.Presidenta ? $"{member.Name} ({Commission.RosterWording.PresidencyTitle(member)})" : member.Name;

    /// <summary>Comments are clipped on the card so 60 members' comments keep it far below Teams' size limit;
    /// the full text is in the vote and the audit trail (GET /api/approvals/{id}).</summary>
    public const int CommentShownLength = 100;

    private static string VoteLine(Vote vote, TimeZoneInfo zone)
        => $"{VoteWords.Of(vote.Choice)} · {SpanishCalendar.Moment(vote.At, zone)}" + (vote.Comment is { } c ? $" — «{Clip(c)}»" : "");

    private static string Clip(string comment)
        => comment.Length <= CommentShownLength ? comment : comment[..(CommentShownLength - 1)].TrimEnd() + "…";
}
