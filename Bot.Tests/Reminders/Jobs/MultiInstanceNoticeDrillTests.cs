using System.Collections.Concurrent;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Reminders.Jobs;

/// <summary>
/// Issue 7, drill 2, in the distributed configuration: state in Azure Table Storage (Azurite), Hangfire on one
/// PostgreSQL shared by two instances. 500 subscribed conversations × 3 reminders of one session (7 days, 1 day,
/// 1 hour before): every notice delivered exactly once across both servers, with both scanning at once.
/// </summary>
[Collection(PostgresTests.Name)]
[Trait("Category", "Drill")]
public sealed class MultiInstanceNoticeDrillTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const int Conversations = 500;

    // Sesión Ordinaria III on 28 Sep 2021 at 10:00 in Mexico City (UTC−05:00 that day) is 15:00 UTC.
    private static readonly DateTimeOffset EightDaysBefore = new(2021, 9, 20, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset[] ReminderInstants =
    [
        new(2021, 9, 21, 15, 1, 0, TimeSpan.Zero),
        new(2021, 9, 27, 15, 1, 0, TimeSpan.Zero),
        new(2021, 9, 28, 14, 1, 0, TimeSpan.Zero),
    ];

    private readonly AzuriteFixture _azurite = new();

    public Task InitializeAsync() => _azurite.InitializeAsync();

    public Task DisposeAsync() => _azurite.DisposeAsync();

    [Fact]
    public async Task FiveHundredConversationsGetThreeNoticesEachExactlyOnceAcrossTwoServers()
    {
        await using var first = await ReminderBot.StartAsync(EightDaysBefore, new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:ConnectionString"] = _azurite.ConnectionString,
            ["Hangfire:Storage"] = "PostgreSql",
            ["Hangfire:PostgreSql:ConnectionString"] = await postgres.CreateDatabaseAsync(),
            ["Hangfire:WorkerCount"] = "10",
        });
        await using var second = first.StartSibling();
        await first.SayAsync("st", "programar sesión ordinaria III el 28 de septiembre de 2021 a las 10:00", ReminderBot.SecretarioId, "personal");

        var conversations = Enumerable.Range(1, Conversations).Select(i => $"19:drill-{i}@thread.v2").ToList();
        await Parallel.ForEachAsync(conversations.Select((c, i) => (c, i)), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (item, _) => await (item.i % 2 == 0 ? first : second).SayAsync(item.c, "suscribir recordatorios"));

        var offered = new ConcurrentBag<int>();
        for (var round = 0; round < ReminderInstants.Length; round++)
        {
            first.Time.SetUtcNow(ReminderInstants[round]);
            first.TriggerScan();
            second.TriggerScan();
            await Task.WhenAll(Enumerable.Range(0, 4).Select(async i => offered.Add(await (i % 2 == 0 ? first : second).ScanNowAsync())));

            var expected = round + 1;
            await first.Connector.WaitForAsync(
                calls => NoticeCounts(calls).Count(kv => kv.Value >= expected) == Conversations, TimeSpan.FromMinutes(3));
        }

        await Task.Delay(TimeSpan.FromSeconds(3));
        var counts = NoticeCounts([.. first.Connector.Calls]);
        Assert.Equal(Conversations, counts.Count);
        Assert.All(conversations, id => Assert.Equal(3, counts.GetValueOrDefault(id)));
        Assert.True(offered.Sum() <= Conversations * ReminderInstants.Length,
            $"{offered.Sum()} offers for {Conversations * ReminderInstants.Length} deliveries");
    }

    /// <summary>Reminders (⏰) posted per drill conversation.</summary>
    private static Dictionary<string, int> NoticeCounts(IEnumerable<Fakes.FakeBotConnector.ConnectorCall> calls)
        => calls.Where(c => c.Method == "POST" && c.Path.Contains("/v3/conversations/19:drill-", StringComparison.Ordinal)
                            && (c.Body?["text"]?.GetValue<string>() ?? "").StartsWith('⏰'))
            .GroupBy(c => c.Path.Split('/')[3])
            .ToDictionary(g => g.Key, g => g.Count());
}
