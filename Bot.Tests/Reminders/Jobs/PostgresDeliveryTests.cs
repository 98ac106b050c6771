using System.Collections.Concurrent;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Reminders.Jobs;

/// <summary>Hangfire on a real PostgreSQL shared by two bot instances, each running a Hangfire server.</summary>
[Collection(PostgresTests.Name)]
public sealed class PostgresDeliveryTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset DayBefore = new(2021, 9, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OneHourBefore = new(2021, 9, 28, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TwoServersSharingPostgreSqlDeliverEveryNoticeExactlyOnce()
    {
        await using var first = await ReminderBot.StartAsync(DayBefore, new Dictionary<string, string?>
        {
            ["Hangfire:Storage"] = "PostgreSql",
            ["Hangfire:PostgreSql:ConnectionString"] = await postgres.CreateDatabaseAsync(),
        });
        await using var second = first.StartSibling();
        await first.SayAsync("st", "programar sesión ordinaria III el 28 de septiembre de 2021 a las 10:00", ReminderBot.SecretarioId, "personal");
        var conversations = Enumerable.Range(1, 30).Select(i => $"19:grupo-{i}@thread.v2").ToList();
        foreach (var (conversation, i) in conversations.Select((c, i) => (c, i)))
        {
            await (i % 2 == 0 ? first : second).SayAsync(conversation, "suscribir recordatorios");
        }

        await first.Connector.WaitForAsync(c => conversations.All(id => ReminderBot.TextsTo(id, c).Any(t => t.StartsWith("🔔", StringComparison.Ordinal))));
        first.Time.SetUtcNow(OneHourBefore);

        // Both servers scan at once, several times, and both cron triggers fire too.
        var offered = new ConcurrentBag<int>();
        first.TriggerScan();
        second.TriggerScan();
        await Task.WhenAll(Enumerable.Range(0, 6).Select(async i => offered.Add(await (i % 2 == 0 ? first : second).ScanNowAsync())));

        await first.Connector.WaitForAsync(c => conversations.All(id => ReminderBot.TextsTo(id, c).Any(t => t.StartsWith('⏰'))), TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.All(conversations, id => Assert.Single(first.NoticesTo(id)));
        Assert.Equal(2, first.Services.GetRequiredService<JobStorage>().GetMonitoringApi().Servers().Count);
        Assert.True(offered.Sum() <= conversations.Count, $"{offered.Sum()} offers for {conversations.Count} deliveries");
    }
}
