using System.Text.Json.Nodes;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Voting;

namespace ProgramaBot.Tests.Approvals.Voting;

/// <summary>The voting rules of the issue, each through /api/messages as Teams would send it.</summary>
public sealed class VotingRulesTests : OneRequestTests
{
    [Fact]
    public async Task NonMemberIsToldOnlyMembersVoteAndNothingIsRecorded()
    {
        var response = await Vote(ApprovalHarness.Outsider, "approvals.approve", Data(version: 1));

        Assert.Equal("application/vnd.microsoft.activity.message", response["type"]!.GetValue<string>());
        Assert.Contains("Solo los integrantes de la Comisión pueden votar", response["value"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertVotesAsync(0);
        Assert.Empty(Bot.CardUpdates(CardId));
    }

    [Fact]
    public async Task DoubleClickCountsOnce()
    {
        await Vote(M1, "approvals.approve", Data(version: 1));
        var again = await Vote(M1, "approvals.approve", Data(version: 2, myVote: "Approve"));

        Assert.Contains("ya estaba registrado", ApprovalHarness.Json(again["value"]!), StringComparison.Ordinal);
        await AssertVotesAsync(1);
        Assert.Single(Bot.CardUpdates(CardId));
        Assert.Single(await Bot.Store.GetAuditAsync(RequestId, default), a => a.Action == AuditEntry.Voted);
    }

    /// <summary>
    /// The click's answer was lost (the instance died after storing the vote) and the member clicks the same button on
    /// the same card again: their vote is what they ask for, so they are told it is recorded — not that the card was stale.
    /// </summary>
    [Fact]
    public async Task TheSameClickRepeatedFromTheSameOldCardIsToldItWasAlreadyRecorded()
    {
        await Vote(M1, "approvals.approve", Data(version: 1, comment: "De acuerdo."));
        var again = await Vote(M1, "approvals.approve", Data(version: 1, comment: "De acuerdo."));

        Assert.Contains("ya estaba registrado", ApprovalHarness.Json(again["value"]!), StringComparison.Ordinal);
        await AssertVotesAsync(1);
        Assert.Single(await Bot.Store.GetAuditAsync(RequestId, default), a => a.Action == AuditEntry.Voted);
    }

    [Fact]
    public async Task MemberMayChangeTheirVoteUntilDecided()
    {
        await Vote(M1, "approvals.approve", Data(version: 1));
        var changed = await Vote(M1, "approvals.reject", Data(version: 2, myVote: "Approve", comment: "Lo pensé mejor."));

        Assert.Contains("Registré su voto: En contra", ApprovalHarness.Json(changed["value"]!), StringComparison.Ordinal);
        var vote = Assert.Single((await Bot.Store.GetAsync(RequestId, default))!.Votes);
        Assert.Equal(VoteChoice.Reject, vote.Choice);
        Assert.Equal("Lo pensé mejor.", vote.Comment);
        var audit = await Bot.Store.GetAuditAsync(RequestId, default);
        Assert.Equal([AuditEntry.Created, AuditEntry.Posted, AuditEntry.Voted, AuditEntry.VoteChanged], audit.Select(a => a.Action));
        Assert.Equal(2, Bot.CardUpdates(CardId).Count);
    }

    [Fact]
    public async Task StaleCardWhoseOwnVoteChangedIsRefreshedNotTrusted()
    {
        await Vote(M1, "approvals.approve", Data(version: 1));

        // A second window still shows the ballot drawn before that vote.
        var stale = await Vote(M1, "approvals.reject", Data(version: 1));

        Assert.Contains("desactualizada", ApprovalHarness.Json(stale["value"]!), StringComparison.Ordinal);
        Assert.Contains("su voto: **A favor**", ApprovalHarness.Json(stale["value"]!), StringComparison.Ordinal);
        Assert.Equal(VoteChoice.Approve, Assert.Single((await Bot.Store.GetAsync(RequestId, default))!.Votes).Choice);
    }

    [Fact]
    public async Task CardClaimingAFutureVersionIsNotTrusted()
    {
        var response = await Vote(M1, "approvals.approve", Data(version: 99));

        Assert.Contains("desactualizada", ApprovalHarness.Json(response["value"]!), StringComparison.Ordinal);
        await AssertVotesAsync(0);
    }

    [Fact]
    public async Task SubmitFallbackFromAnOldClientVotesAndRepublishesTheBaseCard()
    {
        var value = Data(version: 1);
        value["verb"] = "approvals.approve";
        var message = new JsonObject { ["type"] = "message", ["replyToId"] = CardId, ["value"] = value };

        (await Bot.PostActivityAsync(message, M2, ApprovalHarness.CommissionConversation)).EnsureSuccessStatusCode();

        Assert.Equal(VoteChoice.Approve, Assert.Single((await Bot.Store.GetAsync(RequestId, default))!.Votes).Choice);
        var put = Assert.Single(Bot.CardUpdates(CardId));
        Assert.False(ApprovalHarness.HasAction(put.Body!["attachments"]![0]!["content"]!, "approvals.approve"));
        Assert.Contains(Bot.PostsTo(ApprovalHarness.CommissionConversation),
            c => c.Body?["text"]?.GetValue<string>() == VoteMessages.Recorded(VoteChoice.Approve));
    }

    [Fact]
    public async Task RefreshGivesMembersTheirBallotAndOthersTheBaseCard()
    {
        var member = await Bot.InvokeAsync(M1, ApprovalHarness.CommissionConversation, CardId, "refresh", Data(1), automatic: true);
        var outsider = await Bot.InvokeAsync(ApprovalHarness.Outsider, ApprovalHarness.CommissionConversation, CardId, "refresh", Data(1), automatic: true);

        Assert.True(ApprovalHarness.HasAction(member["value"]!, "approvals.approve"));
        Assert.Contains("aún no ha votado", ApprovalHarness.Json(member["value"]!), StringComparison.Ordinal);
        Assert.False(ApprovalHarness.HasAction(outsider["value"]!, "approvals.approve"));
        Assert.True(ApprovalHarness.HasAction(outsider["value"]!, "approvals.open"));
    }

    [Fact]
    public async Task OversizeCommentIsRefusedAndNothingIsRecorded()
    {
        var response = await Vote(M1, "approvals.approve", Data(version: 1, comment: new string('a', 501)));

        Assert.Contains("como máximo 500 caracteres", response["value"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertVotesAsync(0);
    }

    [Fact]
    public async Task MalformedActionDataIsABadRequestNotACrash()
    {
        var response = await Vote(M1, "approvals.approve", new JsonObject { ["requestId"] = 42 });

        Assert.Equal("application/vnd.microsoft.error", response["type"]!.GetValue<string>());
        Assert.Equal(400, response["statusCode"]!.GetValue<int>());
    }

    private async Task AssertVotesAsync(int expected)
        => Assert.Equal(expected, (await Bot.Store.GetAsync(RequestId, default))!.Votes.Count);
}
