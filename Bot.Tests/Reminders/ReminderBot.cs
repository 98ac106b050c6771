using System.Net.Http.Json;
using Hangfire;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProgramaBot.Reminders.Jobs;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.Reminders;

/// <summary>
/// The real bot (Hangfire on SQLite by default) with a fake Connector and a fake clock, and the few moves the reminder
/// tests make: talk to it, run the due scan through Hangfire or directly, restart it on the same data.
/// </summary>
public sealed class ReminderBot : IAsyncDisposable
{
    public const string SecretarioId = "29:secretario";
    private readonly Dictionary<string, string?> _settings;
    private int _messageId;

    private readonly bool _isSibling;

    private readonly Action<IServiceCollection>? _configure;

    private ReminderBot(
        FakeBotConnector connector, FakeTimeProvider time, Dictionary<string, string?> settings, Action<IServiceCollection>? configure, bool isSibling = false)
    {
        _isSibling = isSibling;
        _configure = configure;
        Connector = connector;
        Time = time;
        _settings = settings;
        Factory = Create();
        Client = Factory.CreateClient();
    }

    public FakeBotConnector Connector { get; }
    public FakeTimeProvider Time { get; }
    public WebApplicationFactory<Program> Factory { get; private set; }
    public HttpClient Client { get; private set; }
    public IServiceProvider Services => Factory.Services;
    public string DataFolder => _settings["Storage:DataFolder"]!;

    public static async Task<ReminderBot> StartAsync(
        DateTimeOffset now, IDictionary<string, string?>? extra = null, Action<IServiceCollection>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataFolder"] = Path.Combine(Path.GetTempPath(), "programabot-tests", Guid.NewGuid().ToString("N")),
            ["Commission:SecretarioTecnico:TeamsId"] = SecretarioId,
            ["Commission:SecretarioTecnico:Name"] = "Secretario Técnico",
            ["Commission:Members:0:Name"] = "Consejera Rosa",
            ["Commission:Members:0:TeamsId"] = "29:consejera",
            ["Commission:Members:0:Role"] = "Presidenta",
            ["Hangfire:Storage"] = "Sqlite",
            ["Hangfire:SchedulePollingInterval"] = "00:00:01",
            ["Hangfire:WorkerCount"] = "4",
            // The cron must not race the tests' own scans (ScanNowAsync counts what it offered); TriggerScan still runs it.
            ["Reminders:ScanCron"] = "0 0 1 1 *",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new ReminderBot(await FakeBotConnector.StartAsync(), new FakeTimeProvider(now), settings, configure);
    }

    /// <summary>A second instance on the same data, Connector and clock (another server behind the load balancer).</summary>
    public ReminderBot StartSibling() => new(Connector, Time, _settings, _configure, isSibling: true);

    /// <summary>Stops the process and starts a new one on the same data (SQLite file, Hangfire storage).</summary>
    public void Restart()
    {
        Client.Dispose();
        Factory.Dispose();
        Factory = Create();
        Client = Factory.CreateClient();
    }

    private WebApplicationFactory<Program> Create()
    {
        var factory = new BotFactory(_settings, Time);
        return _configure is null ? factory : factory.WithWebHostBuilder(b => b.ConfigureTestServices(_configure));
    }

    public async Task SayAsync(string conversationId, string text, string fromId = "29:ana", string conversationType = "groupChat")
    {
        var activity = new
        {
            type = "message",
            id = "m" + Interlocked.Increment(ref _messageId),
            serviceUrl = Connector.ServiceUrl,
            channelId = "msteams",
            from = new { id = fromId, name = fromId == SecretarioId ? "Secretario Técnico" : "Ana" },
            recipient = new { id = "28:bot", name = "ProgramaBot" },
            conversation = new { id = conversationId, conversationType, tenantId = "tenant-1" },
            text,
        };
        using var response = await Client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The last message the bot posted into the conversation (a reply or a notice).</summary>
    public async Task<string> LastTextToAsync(string conversationId, Func<string, bool>? where = null)
    {
        var calls = await Connector.WaitForAsync(c => TextsTo(conversationId, c).Any(where ?? (_ => true)));
        return TextsTo(conversationId, calls).Last(where ?? (_ => true));
    }

    public IReadOnlyList<string> NoticesTo(string conversationId)
        => [.. TextsTo(conversationId, [.. Connector.Calls]).Where(t => t.StartsWith('⏰'))];

    /// <summary>Runs the recurring scan through Hangfire, as its cron would.</summary>
    public void TriggerScan() => ((IRecurringJobManagerV2)Services.GetRequiredService<IRecurringJobManager>()).TriggerJob(DueScanJob.RecurringId);

    /// <summary>Runs the scan in-line and tells how many deliveries it offered.</summary>
    public Task<int> ScanNowAsync()
    {
        using var scope = Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<DueScanJob>().RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// Waits until Hangfire has no job queued or running: a send job's Connector call is seen before the job records the
    /// delivery as sent, so a test that moves the clock right after seeing the message must wait for that record first.
    /// </summary>
    public async Task WaitForJobsIdleAsync()
    {
        var monitoring = Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (monitoring.ProcessingCount() > 0 || monitoring.Queues().Sum(queue => queue.Length) > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "Hangfire still had jobs queued or running after 30 s");
            await Task.Delay(20);
        }
    }

    public static IEnumerable<string> TextsTo(string conversationId, IEnumerable<FakeBotConnector.ConnectorCall> calls)
        => calls.Where(c => c.Method == "POST" && c.Path.Contains($"/v3/conversations/{conversationId}/activities", StringComparison.Ordinal))
            .Select(c => c.Body?["text"]?.GetValue<string>() ?? "");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Factory.Dispose();
        if (_isSibling)
        {
            return;
        }

        await Connector.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // Hangfire's SQLite file may still be open for a moment; the temp folder is cleaned by the OS.
        }
    }
}
