using System.Diagnostics;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ProgramaBot.Approvals.Publishing;
using ProgramaBot.Programme;
using ProgramaBot.Reminders.Jobs;
using ProgramaBot.Tests.Fakes;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Hosting;

/// <summary>
/// Hosted services start concurrently and the slow ones off the main thread, so Kestrel listens early; what start-up
/// promised before still holds when the host reports started: the job server runs, the recurring jobs are registered,
/// and a bad programme file stops the bot.
/// </summary>
public sealed class StartUpTests
{
    [Fact]
    public void HostedServicesStartConcurrently()
    {
        using var bot = new BotFactory();
        _ = bot.Services; // builds the host
        Assert.True(bot.Services.GetRequiredService<IOptions<HostOptions>>().Value.ServicesStartConcurrently);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("InMemory")]
    public async Task WhenTheHostHasStartedTheJobServerRunsAndTheRecurringJobsAreRegistered(string storage)
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["Hangfire:Storage"] = storage });
        _ = bot.CreateClient(); // returns once the host has started

        var jobs = bot.Services.GetRequiredService<JobStorage>();
        using var connection = jobs.GetConnection();
        var recurring = connection.GetRecurringJobs().Select(j => j.Id).ToList();
        Assert.Contains(DueScanJob.RecurringId, recurring);
        Assert.Contains(PublicationSweepJob.RecurringId, recurring);

        // Hangfire's server announces itself from its own dispatcher thread once started (it always has: the
        // announcement is not part of BackgroundJobServer's start), so the record appears shortly after, not at once.
        var announced = Stopwatch.StartNew();
        while (jobs.GetMonitoringApi().Servers().Count == 0 && announced.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50);
        }

        Assert.Single(jobs.GetMonitoringApi().Servers());
    }

    [Fact]
    public async Task ABadProgrammeFileStillStopsTheWholeBot()
    {
        var good = Repo.PathOf("Bot.Tests", "Programme", "Data", "programa-sintetico-2022.json");
        var bad = Path.Combine(Path.GetTempPath(), $"programa-malo-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(bad, (await File.ReadAllTextAsync(good)).Replace("\"month\": 10", "\"month\": 14", StringComparison.Ordinal));
        try
        {
            using var bot = new BotFactory(new Dictionary<string, string?> { ["Programme:Files:0"] = bad });
            var error = Assert.Throws<ProgrammeFileException>(() => bot.CreateClient());
            Assert.Contains("month 14 is not between 1 and 12", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [Fact]
    public void TheKeyRingIsNotReadAtStartUp()
    {
        using var bot = new BotFactory();
        _ = bot.Services;
        Assert.DoesNotContain(bot.Services.GetServices<IHostedService>(), s => s.GetType().Name == "DataProtectionHostedService");
    }
}
