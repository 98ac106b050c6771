using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Publishing;
using ProgramaBot.Approvals.Requests;

namespace ProgramaBot.Tests.Approvals.Publishing;

/// <summary>The sweep is a Hangfire recurring job, registered at start-up and run by Hangfire on each supported storage.</summary>
public sealed class PublicationSweepScheduleTests
{
    [Theory]
    [InlineData("InMemory")]
    [InlineData("Sqlite")]
    public Task TheSweepRunsAsAHangfireRecurringJob(string storage)
        => SweepThroughHangfireAsync(new Dictionary<string, string?> { ["Hangfire:Storage"] = storage });

    /// <summary>A lost decision, then the recurring job triggered as its cron would: the card repaired, one announcement.</summary>
    internal static async Task SweepThroughHangfireAsync(Dictionary<string, string?> settings)
    {
        settings["Hangfire:SchedulePollingInterval"] = "00:00:01";
        await using var bot = await ApprovalHarness.StartAsync(settings);
        await bot.JoinCommissionAsync();
        var (requestId, cardId) = await bot.CreateRequestAsync();
        await bot.CommitWithoutPublishingAsync(ApprovalHarness.Members[0], VoteChoice.Approve, new CardState(requestId, 1, null));
        await bot.CommitWithoutPublishingAsync(ApprovalHarness.Members[1], VoteChoice.Approve, new CardState(requestId, 1, null));
        bot.Time.Advance(TimeSpan.FromMinutes(1));

        using (var connection = bot.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == PublicationSweepJob.RecurringId);
            Assert.Equal("0 0 1 1 *", job.Cron); // Approvals:PublicationSweepCron, as the harness sets it
        }

        ((IRecurringJobManagerV2)bot.Services.GetRequiredService<IRecurringJobManager>()).TriggerJob(PublicationSweepJob.RecurringId);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await bot.Store.ListBehindPublicationsAsync(default)).Count > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "Hangfire did not run the publication sweep within 60 s");
            await Task.Delay(100);
        }

        Assert.Single(bot.AnnouncementsTo(ApprovalHarness.CommissionConversation));
        Assert.Single(bot.AnnouncementsTo(ApprovalHarness.PersonalChat));
        Assert.Equal(3, ApprovalHarness.CardVersion(Assert.Single(bot.CardUpdates(cardId))));
    }
}
