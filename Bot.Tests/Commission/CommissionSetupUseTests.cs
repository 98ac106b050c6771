using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.Approvals;
using ProgramaBot.Commission.Setup;
using ProgramaBot.Reminders.Subscriptions;
using ProgramaBot.Tests.Approvals;

namespace ProgramaBot.Tests.Commission;

/// <summary>Once saved, the set-up is what nudges and reminders use too: who has a vote pending, and which conversation is the commission's.</summary>
public sealed class CommissionSetupUseTests
{
    private const string GroupChat = "19:chat-comision@thread.v2";

    [Fact]
    public async Task NudgesAndRemindersFollowTheSetUpSavedInAnotherConversation()
    {
        await using var bot = await ApprovalHarness.StartAsync(new Dictionary<string, string?> { ["Reminders:SubscribeCommissionConversation"] = "true" });
        var (st, m1, m2, guest) = (ApprovalHarness.Secretario, ApprovalHarness.Members[0], ApprovalHarness.Members[1], ApprovalHarness.Outsider);
        bot.ListMembers(GroupChat, st, m1, guest);
        var targets = bot.Services.GetRequiredService<ReminderTargets>();
        Assert.False(await targets.IsSubscribedAsync(GroupChat, default));

        (await bot.SendTextAsync(st, GroupChat, "configurar comisión")).EnsureSuccessStatusCode();
        var data = (JsonObject)ApprovalHarness.Action(bot.LastCardSentTo(GroupChat), SetupCard.SaveVerb)["data"]!.DeepClone();
        data["cargo:user-m1"] = "presidenta";
        data["cargo:user-x"] = "consejero";
        await bot.InvokeAsync(st, GroupChat, "setup-card", SetupCard.SaveVerb, data);

        // The group chat is now the commission's conversation: it gets the reminders, and request cards are posted there.
        Assert.True(await targets.IsSubscribedAsync(GroupChat, default));
        Assert.Contains(GroupChat, await targets.ListActiveAsync(default));
        var (requestId, _) = await bot.CreateRequestAsync();
        Assert.Contains(bot.PostsTo(GroupChat), c => c.Body?["attachments"] is not null && c.Body.ToJsonString().Contains(requestId, StringComparison.Ordinal));

        // Vote nudges go to the members chosen in the card, not to the configured roster.
        var pending = await bot.Services.GetRequiredService<IPendingVotes>().ListPendingAsync(default);
        Assert.Equal([m1.AadObjectId, guest.AadObjectId], pending.Select(p => p.Member.AadObjectId));
        Assert.DoesNotContain(pending, p => p.Member.AadObjectId == m2.AadObjectId);
    }
}
