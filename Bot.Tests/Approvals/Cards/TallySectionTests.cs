using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.Tests.Approvals.Cards;

/// <summary>A decided card does not call a member's missing vote «pendiente»: nothing is pending once the commission decided.</summary>
public sealed class TallySectionTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City");

    [Fact]
    public void AnOpenRequestCountsTheVotesStillPending()
    {
        var text = CardText(ApprovalTestData.Request("SOL-2021-001"), approvals: 1);

        Assert.Contains("Pendientes: 2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sin votar", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ADecidedRequestCountsTheMembersWhoDidNotVoteWithoutCallingThemPending()
    {
        var decided = ApprovalTestData.Request("SOL-2021-002") with { Status = RequestStatus.Approved, DecidedAt = ApprovalTestData.Now };

        var text = CardText(decided, approvals: 2);

        Assert.Contains("Sin votar: 1", text, StringComparison.Ordinal);
        Assert.Contains("No votó", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pendiente", text, StringComparison.Ordinal);
    }

    private static string CardText(ApprovalRequest request, int approvals)
    {
        var roster = ApprovalTestData.Members(3);
        var votes = roster.Take(approvals).Select(m => new Vote(m.Key, m.Name, VoteChoice.Approve, null, ApprovalTestData.Now, null)).ToList();
        var card = RequestCard.Render(new ApprovalSnapshot(request, votes), roster, Zone, CardView.Base);
        return System.Text.Json.JsonSerializer.Serialize(card, BotJson.Options);
    }
}
