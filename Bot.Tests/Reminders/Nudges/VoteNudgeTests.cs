using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.Approvals;

namespace ProgramaBot.Tests.Reminders.Nudges;

/// <summary>Members who have not voted get a daily nudge in their personal chat, opened through the Connector if needed.</summary>
public sealed class VoteNudgeTests
{
    private const string Commission = "19:comision@thread.v2";

    [Fact]
    public async Task AMemberWhoHasNotVotedIsNudgedOnceADayInAChatTheBotOpens()
    {
        var pending = new PendingVotes([NudgePlanTests.Pending()]);
        await using var bot = await ReminderBot.StartAsync(
            Builders.Local(2021, 9, 21, 11),
            new Dictionary<string, string?> { ["Commission:ConversationId"] = Commission },
            services => services.AddSingleton<IPendingVotes>(pending));
        await bot.SayAsync(Commission, "suscribir recordatorios", conversationType: "channel");

        Assert.Equal(1, await bot.ScanNowAsync());
        var calls = await bot.Connector.WaitForAsync(c => c.Any(call => call.Body?["text"]?.GetValue<string>()?.StartsWith("👋", StringComparison.Ordinal) == true));
        var create = Assert.Single(calls, c => c.Method == "POST" && c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Equal("29:consejera", create.Body!["members"]![0]!["id"]!.GetValue<string>());
        var nudge = Assert.Single(calls, c => c.Body?["text"]?.GetValue<string>()?.StartsWith("👋", StringComparison.Ordinal) == true);
        Assert.Contains("Consejera Rosa: su voto sigue pendiente en la solicitud **Modificación de meta colectiva** (3.2.1)",
            nudge.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);

        await bot.WaitForJobsIdleAsync(); // the nudge recorded as sent, not only seen at the Connector
        bot.Time.Advance(TimeSpan.FromHours(6));
        Assert.Equal(0, await bot.ScanNowAsync()); // same day

        bot.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await bot.ScanNowAsync());
        await bot.Connector.WaitForAsync(c => c.Count(call => call.Body?["text"]?.GetValue<string>()?.StartsWith("👋", StringComparison.Ordinal) == true) == 2);
        Assert.Single(bot.Connector.Calls, c => c.Method == "POST" && c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)); // chat reused
        await bot.WaitForJobsIdleAsync();

        pending.Votes = [];
        bot.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await bot.ScanNowAsync()); // voted: no more nudges
    }

    private sealed class PendingVotes(IReadOnlyList<PendingVote> votes) : IPendingVotes
    {
        public IReadOnlyList<PendingVote> Votes { get; set; } = votes;

        public Task<IReadOnlyList<PendingVote>> ListPendingAsync(CancellationToken ct) => Task.FromResult(Votes);
    }
}
