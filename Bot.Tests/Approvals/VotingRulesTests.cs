using System.Text.Json.Nodes;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Voting;

namespace ProgramaBot.Tests.Approvals;

/// <summary>The voting rules of the issue, each through /api/messages as Teams would send it.</summary>
public sealed class VotingRulesTests : IAsyncLifetime
{
    private static readonly ApprovalHarness.Person M1 = ApprovalHarness.Members[0];
    private static readonly ApprovalHarness.Person M2 = ApprovalHarness.Members[1];
    private ApprovalHarness _bot = null!;
    private string _requestId = "";
    private string _cardId = "";

    public async Task InitializeAsync()
    {
        _bot = await ApprovalHarness.StartAsync();
        await _bot.JoinCommissionAsync();
        (_requestId, _cardId) = await _bot.CreateRequestAsync();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task NonMemberIsToldOnlyMembersVoteAndNothingIsRecorded()
    {
        var response = await Vote(ApprovalHarness.Outsider, "approvals.approve", Data(version: 1));

        Assert.Equal("application/vnd.microsoft.activity.message", response["type"]!.GetValue<string>());
        Assert.Contains("Solo los integrantes de la Comisión pueden votar", response["value"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertVotesAsync(0);
        Assert.Empty(_bot.CardUpdates(_cardId));
    }

    [Fact]
    public async Task DoubleClickCountsOnce()
    {
        await Vote(M1, "approvals.approve", Data(version: 1));
        var again = await Vote(M1, "approvals.approve", Data(version: 2, myVote: "Approve"));

        Assert.Contains("ya estaba registrado", ApprovalHarness.Json(again["value"]!), StringComparison.Ordinal);
        await AssertVotesAsync(1);
        Assert.Single(_bot.CardUpdates(_cardId));
        Assert.Single(await _bot.Store.GetAuditAsync(_requestId, default), a => a.Action == AuditEntry.Voted);
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
        Assert.Single(await _bot.Store.GetAuditAsync(_requestId, default), a => a.Action == AuditEntry.Voted);
    }

    [Fact]
    public async Task MemberMayChangeTheirVoteUntilDecided()
    {
        await Vote(M1, "approvals.approve", Data(version: 1));
        var changed = await Vote(M1, "approvals.reject", Data(version: 2, myVote: "Approve", comment: "Lo pensé mejor."));

        Assert.Contains("Registré tu voto: En contra", ApprovalHarness.Json(changed["value"]!), StringComparison.Ordinal);
        var vote = Assert.Single((await _bot.Store.GetAsync(_requestId, default))!.Votes);
        Assert.Equal(VoteChoice.Reject, vote.Choice);
        Assert.Equal("Lo pensé mejor.", vote.Comment);
        var audit = await _bot.Store.GetAuditAsync(_requestId, default);
        Assert.Equal([AuditEntry.Created, AuditEntry.Posted, AuditEntry.Voted, AuditEntry.VoteChanged], audit.Select(a => a.Action));
        Assert.Equal(2, _bot.CardUpdates(_cardId).Count);
    }

    [Fact]
    public async Task StaleCardWhoseOwnVoteChangedIsRefreshedNotTrusted()
    {
        await Vote(M1, "approvals.approve", Data(version: 1));

        // A second window still shows the ballot drawn before that vote.
        var stale = await Vote(M1, "approvals.reject", Data(version: 1));

        Assert.Contains("desactualizada", ApprovalHarness.Json(stale["value"]!), StringComparison.Ordinal);
        Assert.Contains("tu voto: **A favor**", ApprovalHarness.Json(stale["value"]!), StringComparison.Ordinal);
        Assert.Equal(VoteChoice.Approve, Assert.Single((await _bot.Store.GetAsync(_requestId, default))!.Votes).Choice);
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
        var message = new JsonObject { ["type"] = "message", ["replyToId"] = _cardId, ["value"] = value };

        (await _bot.PostActivityAsync(message, M2, ApprovalHarness.CommissionConversation)).EnsureSuccessStatusCode();

        Assert.Equal(VoteChoice.Approve, Assert.Single((await _bot.Store.GetAsync(_requestId, default))!.Votes).Choice);
        var put = Assert.Single(_bot.CardUpdates(_cardId));
        Assert.False(ApprovalHarness.HasAction(put.Body!["attachments"]![0]!["content"]!, "approvals.approve"));
        Assert.Contains(_bot.PostsTo(ApprovalHarness.CommissionConversation),
            c => c.Body?["text"]?.GetValue<string>() == VoteMessages.Recorded(VoteChoice.Approve));
    }

    [Fact]
    public async Task RefreshGivesMembersTheirBallotAndOthersTheBaseCard()
    {
        var member = await _bot.InvokeAsync(M1, ApprovalHarness.CommissionConversation, _cardId, "refresh", Data(1), automatic: true);
        var outsider = await _bot.InvokeAsync(ApprovalHarness.Outsider, ApprovalHarness.CommissionConversation, _cardId, "refresh", Data(1), automatic: true);

        Assert.True(ApprovalHarness.HasAction(member["value"]!, "approvals.approve"));
        Assert.Contains("aún no has votado", ApprovalHarness.Json(member["value"]!), StringComparison.Ordinal);
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

    private Task<JsonNode> Vote(ApprovalHarness.Person who, string verb, JsonObject data)
        => _bot.InvokeAsync(who, ApprovalHarness.CommissionConversation, _cardId, verb, data);

    private JsonObject Data(long version, string myVote = "", string? comment = null)
    {
        var data = new JsonObject { ["requestId"] = _requestId, ["version"] = version, ["myVote"] = myVote };
        if (comment is not null)
        {
            data["comment"] = comment;
        }

        return data;
    }

    private async Task AssertVotesAsync(int expected)
        => Assert.Equal(expected, (await _bot.Store.GetAsync(_requestId, default))!.Votes.Count);
}
