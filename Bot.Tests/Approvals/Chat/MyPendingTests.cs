using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using ProgramaBot.Approvals;
using ProgramaBot.Approvals.Chat;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Voting;
using ProgramaBot.Commission;
using ProgramaBot.Reminders.Nudges;

namespace ProgramaBot.Tests.Approvals.Chat;

/// <summary>«mis pendientes» in a member's personal chat: each open request as their own card, with the ballot to vote right there.</summary>
public sealed class MyPendingTests
{
    private static readonly ApprovalHarness.Person M1 = ApprovalHarness.Members[0];

    [Theory]
    [InlineData("mis pendientes")]
    [InlineData("¿Qué tengo pendiente?")]
    [InlineData("mis votaciones")]
    [InlineData("solicitudes en votación")]
    [InlineData("¿qué votaciones tengo pendientes?")]
    public async Task AMemberGetsTheBallotOfEachOpenRequestAndVotesFromIt(string question)
    {
        await using var bot = await ApprovalHarness.StartAsync();
        await bot.JoinCommissionAsync();
        var (requestId, _) = await bot.CreateRequestAsync();

        (await bot.SendTextAsync(M1, ApprovalHarness.PersonalChat, question)).EnsureSuccessStatusCode();

        var posts = bot.PostsTo(ApprovalHarness.PersonalChat);
        Assert.Contains(posts, p => p.Body?["text"]?.GetValue<string>()?.StartsWith("Hay 1 solicitud en votación; le falta votar en 1", StringComparison.Ordinal) == true);
        var card = bot.LastCardSentTo(ApprovalHarness.PersonalChat);
        Assert.Contains(requestId, ApprovalHarness.Json(card), StringComparison.Ordinal);
        Assert.Contains("aún no ha votado", ApprovalHarness.Json(card), StringComparison.Ordinal);

        var approve = ApprovalHarness.Action(card, "approvals.approve");
        var answer = await bot.InvokeAsync(M1, ApprovalHarness.PersonalChat, null, "approvals.approve", (JsonObject)approve["data"]!);

        Assert.Contains(VoteMessages.Recorded(VoteChoice.Approve), ApprovalHarness.Json(answer["value"]!), StringComparison.Ordinal);
        var stored = await bot.Store.GetAsync(requestId, default);
        Assert.Contains(stored!.Votes, v => v.MemberKey == M1.AadObjectId && v.Choice == VoteChoice.Approve);

        (await bot.SendTextAsync(M1, ApprovalHarness.PersonalChat, question)).EnsureSuccessStatusCode();
        Assert.Contains("su voto: **A favor**", ApprovalHarness.Json(bot.LastCardSentTo(ApprovalHarness.PersonalChat)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheVoteNudgeCarriesTheMembersBallot()
    {
        await using var bot = await ApprovalHarness.StartAsync();
        await bot.JoinCommissionAsync();
        var (requestId, _) = await bot.CreateRequestAsync();
        var ballots = bot.Services.GetRequiredService<IVoteBallots>();

        var ballot = await ballots.BallotAsync(new PendingVote(requestId, "t", "3.2.1", new CommissionMember { Name = M1.Name, TeamsId = M1.Id, AadObjectId = M1.AadObjectId }, ApprovalTestData.Now), default);
        var gone = await ballots.BallotAsync(new PendingVote("SOL-NO-EXISTE", "t", "3.2.1", new CommissionMember { Name = M1.Name, TeamsId = M1.Id, AadObjectId = M1.AadObjectId }, ApprovalTestData.Now), default);

        Assert.True(ApprovalHarness.HasAction(ballot!, "approvals.approve"));
        Assert.Contains("aún no ha votado", ApprovalHarness.Json(ballot!), StringComparison.Ordinal);
        Assert.Null(gone);
    }

    [Fact]
    public async Task NothingOpenOutsidersAndGroupChatsGetAPlainAnswer()
    {
        await using var bot = await ApprovalHarness.StartAsync();
        await bot.JoinCommissionAsync();

        await bot.SendTextAsync(M1, ApprovalHarness.PersonalChat, "mis pendientes");
        await bot.SendTextAsync(ApprovalHarness.Outsider, ApprovalHarness.PersonalChat, "mis pendientes");
        await bot.SendTextAsync(M1, ApprovalHarness.CommissionConversation, "mis pendientes");

        var texts = bot.PostsTo(ApprovalHarness.PersonalChat).Select(p => p.Body?["text"]?.GetValue<string>()).ToList();
        Assert.Equal([MyPendingCommand.NoneOpen, MyPendingCommand.NotAVoter], texts);
        Assert.Contains(bot.PostsTo(ApprovalHarness.CommissionConversation), p => p.Body?["text"]?.GetValue<string>() == MyPendingCommand.OnlyInPersonalChat);
    }
}
