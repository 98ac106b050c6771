using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.Testing;
using ProgramaBot.BotFramework.Connector.Pacing;
using ProgramaBot.BotFramework.References;
using ProgramaBot.Reminders.Delivery;
using ProgramaBot.Reminders.Due;
using ProgramaBot.Reminders.Jobs;
using ProgramaBot.Reminders.Schedule;
using ProgramaBot.Reminders.Subscriptions;
using Microsoft.Extensions.Options;

namespace ProgramaBot.Bench;

internal sealed record Scenario(string Name, string Description, bool Raised, int ThrottleEvery);

/// <summary>One fan-out: seed N subscribed conversations, set a session an hour ahead, run the scan, count arrivals.</summary>
internal static class FanoutRun
{
    private static readonly TimeSpan ScanEvery = TimeSpan.FromSeconds(15);
    private static readonly DateTimeOffset Session = new(2021, 9, 28, 15, 0, 0, TimeSpan.Zero); // 10:00 Mexico City

    public static async Task<FanoutResult> RunAsync(Scenario scenario, int conversations, int workers)
    {
        await using var sink = await SinkConnector.StartAsync(scenario.ThrottleEvery);
        var folder = Path.Combine(Path.GetTempPath(), "programabot-bench", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataFolder"] = folder,
            ["Hangfire:Storage"] = "InMemory",
            ["Hangfire:WorkerCount"] = workers.ToString(CultureInfo.InvariantCulture),
            ["Hangfire:SchedulePollingInterval"] = "00:00:01",
            ["Time:SimulatedStart"] = (Session - TimeSpan.FromHours(1) + TimeSpan.FromSeconds(5)).ToString("O", CultureInfo.InvariantCulture),
            ["Reminders:ScanCron"] = "0 0 1 1 *", // the bench runs the scan itself
            ["Reminders:DeliveryLease"] = "00:15:00",
            ["Reminders:RetryDelay"] = "00:00:05",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:ProgramaBot.BotFramework.Connector"] = "Error",
        };
        if (scenario.Raised)
        {
            settings["Connector:Pacing:Global:Count"] = "100000";
            settings["Connector:Pacing:Global:Window"] = "00:00:01";
            settings["Connector:Pacing:PerConversation:0:Count"] = "100000";
            settings["Connector:Pacing:PerConversation:0:Window"] = "00:00:01";
        }

        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseContentRoot(BotFolder());
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });
        var services = factory.Services;
        var ids = await SeedAsync(services, sink.ServiceUrl, conversations);

        var schedule = services.GetRequiredService<EffectiveSchedule>();
        var template = (await schedule.FindAsync("ordinaria-3", default))!;
        await services.GetRequiredService<ScheduleService>().SetAsync(template, Session, "bench", default);

        var start = TimeProvider.System.GetTimestamp();
        int offered;
        var reoffered = 0;
        using (var scope = services.CreateScope())
        {
            offered = await scope.ServiceProvider.GetRequiredService<DueScanJob>().RunAsync(default);
        }

        var scanSeconds = TimeProvider.System.GetElapsedTime(start).TotalSeconds;
        var deadline = TimeSpan.FromSeconds(conversations / 25.0 + 180);
        var lastScan = TimeProvider.System.GetTimestamp();
        while (sink.Hits.Count(h => !h.Throttled) < conversations && TimeProvider.System.GetElapsedTime(start) < deadline)
        {
            await Task.Delay(500);
            if (TimeProvider.System.GetElapsedTime(lastScan) > ScanEvery)
            {
                // What the every-minute cron does in production: re-offer deliveries released after a failure.
                using var scope = services.CreateScope();
                reoffered += await scope.ServiceProvider.GetRequiredService<DueScanJob>().RunAsync(default);
                lastScan = TimeProvider.System.GetTimestamp();
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(3)); // anything sent twice would arrive now
        var noticeId = Notice.MakeId("ordinaria-3", Session, TimeSpan.FromHours(1));
        var log = await services.GetRequiredService<INoticeLog>().ListAsync([noticeId], default);
        var pacing = services.GetRequiredService<IOptions<PacingOptions>>().Value;
        return new FanoutResult(scenario, conversations, offered, reoffered, scanSeconds, start, [.. sink.Hits], ids,
            log.Count(r => r.Value.State == DeliveryState.Sent), pacing);
    }

    /// <summary>The Bot project folder (its appsettings.json), found above the bench's output folder.</summary>
    private static string BotFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProgramaBot.sln")))
            {
                return Path.Combine(dir.FullName, "Bot");
            }
        }

        throw new InvalidOperationException("Run the bench from the repository (ProgramaBot.sln not found).");
    }

    private static async Task<IReadOnlyList<string>> SeedAsync(IServiceProvider services, string serviceUrl, int count)
    {
        var references = services.GetRequiredService<IConversationReferenceStore>();
        var subscriptions = services.GetRequiredService<ISubscriptionStore>();
        var ids = Enumerable.Range(0, count).Select(i => $"19:bench-{i:D5}@thread.v2").ToList();
        var watch = Stopwatch.StartNew();
        foreach (var id in ids)
        {
            await references.UpsertAsync(new ConversationReference
            {
                ConversationId = id, ServiceUrl = serviceUrl, ConversationType = "channel", TenantId = "bench", BotId = "28:bench",
            }, default);
            await subscriptions.UpsertAsync(new Subscription(id, "bench", DateTimeOffset.UnixEpoch), default);
        }

        Console.Error.WriteLine($"  seeded {count} conversations in {watch.Elapsed.TotalSeconds:F1} s");
        return ids;
    }
}
