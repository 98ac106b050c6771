using System.Text.Json.Nodes;
using ProgramaBot.Approvals.Requests;

namespace ProgramaBot.Tests.Approvals;

/// <summary>
/// The acceptance path through /api/messages: the Secretario Técnico creates a request in chat, two of three members
/// approve through adaptiveCard/action invokes, the request is decided exactly once, everyone's card was replaced
/// through the Connector, and a late vote is refused.
/// </summary>
public sealed class ApprovalEndToEndTests
{
    [Fact]
    public async Task TwoOfThreeApproveThroughInvokesAndTheRequestIsDecidedOnce()
    {
        await using var bot = await ApprovalHarness.StartAsync();
        await bot.JoinCommissionAsync();
        var (requestId, cardId) = await bot.CreateRequestAsync();
        var (m1, m2, m3) = (ApprovalHarness.Members[0], ApprovalHarness.Members[1], ApprovalHarness.Members[2]);

        // The posted card names the programme item and asks every member to refresh into their ballot.
        var posted = bot.LastCardSentTo(ApprovalHarness.CommissionConversation);
        Assert.Contains("3.6.1", ApprovalHarness.Json(posted), StringComparison.Ordinal);
        Assert.Equal([m1.Id, m2.Id, m3.Id], ApprovalHarness.RefreshUserIds(posted));
        var refreshData = (JsonObject)posted["refresh"]!["action"]!["data"]!.DeepClone();

        // Members 1 and 2 have the card open: their clients refresh automatically into their ballots. Member 1 approves.
        var ballot = await bot.InvokeAsync(m1, ApprovalHarness.CommissionConversation, cardId, "refresh", refreshData, automatic: true);
        var ballot2 = await bot.InvokeAsync(m2, ApprovalHarness.CommissionConversation, cardId, "refresh", refreshData, automatic: true);
        var approve = ApprovalHarness.Action(ballot["value"]!, "approvals.approve");
        var first = await bot.InvokeAsync(m1, ApprovalHarness.CommissionConversation, cardId, "approvals.approve", (JsonObject)approve["data"]!.DeepClone());
        Assert.Contains("Registré su voto: A favor", ApprovalHarness.Json(first["value"]!), StringComparison.Ordinal);
        var afterFirst = Assert.Single(bot.CardUpdates(cardId)).Body!["attachments"]![0]!["content"]!;
        Assert.Equal([m2.Id, m3.Id], ApprovalHarness.RefreshUserIds(afterFirst));
        Assert.Contains("A favor: 1", ApprovalHarness.Json(afterFirst), StringComparison.Ordinal);

        // Member 2 approves from the ballot drawn before member 1's vote: an unambiguous older card still counts.
        var approve2 = ApprovalHarness.Action(ballot2["value"]!, "approvals.approve");
        Assert.Equal(1, approve2["data"]!["version"]!.GetValue<long>());
        var second = await bot.InvokeAsync(m2, ApprovalHarness.CommissionConversation, cardId, "approvals.approve", (JsonObject)approve2["data"]!.DeepClone());
        Assert.Contains("APROBADA", ApprovalHarness.Json(second["value"]!), StringComparison.Ordinal);
        Assert.False(ApprovalHarness.HasAction(second["value"]!, "approvals.approve"));

        var updates = bot.CardUpdates(cardId);
        Assert.Equal(2, updates.Count);
        var final = updates[^1].Body!["attachments"]![0]!["content"]!;
        Assert.Empty(ApprovalHarness.RefreshUserIds(final));
        Assert.Contains("APROBADA", ApprovalHarness.Json(final), StringComparison.Ordinal);
        Assert.Null(final["actions"]);

        // A late vote from member 3 is refused and changes nothing.
        var late = await bot.InvokeAsync(m3, ApprovalHarness.CommissionConversation, cardId, "approvals.reject", (JsonObject)approve["data"]!.DeepClone());
        Assert.Contains("ya fue decidida", ApprovalHarness.Json(late["value"]!), StringComparison.Ordinal);
        Assert.Equal(2, bot.CardUpdates(cardId).Count);

        var snapshot = (await bot.Store.GetAsync(requestId, default))!;
        Assert.Equal(RequestStatus.Approved, snapshot.Request.Status);
        Assert.Equal(2, snapshot.Votes.Count);
        var audit = await bot.Store.GetAuditAsync(requestId, default);
        Assert.Single(audit, a => a.Action == AuditEntry.Decided);
        Assert.Equal(2, audit.Count(a => a.Action == AuditEntry.Voted));
        var announcements = bot.PostsTo(ApprovalHarness.CommissionConversation)
            .Where(c => c.Body?["text"]?.GetValue<string>()?.Contains("decidió la solicitud", StringComparison.Ordinal) == true).ToList();
        Assert.Single(announcements);
        // The Secretario Técnico, who asked from a personal chat, is told too.
        Assert.Single(bot.PostsTo(ApprovalHarness.PersonalChat),
            c => c.Body?["text"]?.GetValue<string>()?.Contains("APROBADA", StringComparison.Ordinal) == true);
    }
}
