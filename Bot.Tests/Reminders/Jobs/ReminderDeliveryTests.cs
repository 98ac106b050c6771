using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.BotFramework.References;
using ProgramaBot.Reminders.Delivery;
using ProgramaBot.Reminders.Due;
using ProgramaBot.Reminders.Jobs;
using static ProgramaBot.Tests.Fakes.FakeBotConnector;

namespace ProgramaBot.Tests.Reminders.Jobs;

/// <summary>End to end with real Hangfire storage (SQLite): chat → schedule → scan → send job → fake Connector.</summary>
public sealed class ReminderDeliveryTests
{
    internal const string Group = "19:grupo-comision@thread.v2";
    private const string SetSession = "programar sesión ordinaria III el 28 de septiembre de 2021 a las 10:00";
    private static readonly DateTimeOffset DayBefore = new(2021, 9, 27, 12, 0, 0, TimeSpan.Zero);
    internal static readonly DateTimeOffset OneHourBefore = new(2021, 9, 28, 14, 0, 0, TimeSpan.Zero); // 09:00 in Mexico City (UTC−5)

    [Fact]
    public async Task TheOneHourReminderArrivesOnceAndNotAgainAfterARetryOrARestart()
    {
        await using var bot = await ReminderBot.StartAsync(DayBefore);
        await bot.SayAsync("a:secretario", SetSession, ReminderBot.SecretarioId, "personal");
        var confirmation = await bot.LastTextToAsync("a:secretario");
        Assert.Contains("Sesión Ordinaria III", confirmation, StringComparison.Ordinal);
        Assert.Contains("martes 28 de septiembre de 2021, 10:00 h (hora del centro de México)", confirmation, StringComparison.Ordinal);

        await bot.SayAsync(Group, "suscribir recordatorios");
        Assert.StartsWith("🔔", await bot.LastTextToAsync(Group), StringComparison.Ordinal);

        bot.Time.SetUtcNow(OneHourBefore);
        bot.TriggerScan();
        var notice = await bot.LastTextToAsync(Group, t => t.StartsWith('⏰'));
        Assert.Contains("Falta 1 hora", notice, StringComparison.Ordinal);
        Assert.Contains("Sesión Ordinaria III", notice, StringComparison.Ordinal);

        // A retried scan offers nothing; a re-run of the same send job (stale ticket "1") sends nothing.
        Assert.Equal(0, await bot.ScanNowAsync());
        using (var scope = bot.Services.CreateScope())
        {
            var noticeId = Notice.MakeId("ordinaria-3", new DateTimeOffset(2021, 9, 28, 15, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1));
            await scope.ServiceProvider.GetRequiredService<SendNoticeJob>().SendAsync(noticeId, Group, "1", CancellationToken.None);
        }

        bot.Restart();
        bot.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await bot.ScanNowAsync());
        bot.TriggerScan();
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(bot.NoticesTo(Group));
    }

    [Fact]
    public async Task ATooManyRequestsAnswerIsRetriedAfterItsRetryAfter()
    {
        await using var bot = await ReadyAsync();
        bot.Connector.FailNext(new ScriptedFailure(HttpStatusCode.TooManyRequests, RetryAfter: TimeSpan.FromSeconds(2)));
        bot.Time.SetUtcNow(OneHourBefore);
        Assert.Equal(1, await bot.ScanNowAsync());
        await bot.Connector.WaitForAsync(c => Attempts(c) == 1);
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // let the retry handler read the 429 and start its (fake-clock) delay

        // The Connector's retry waits on the bot's TimeProvider: 1.5 s is not enough, 2 s is.
        bot.Time.Advance(TimeSpan.FromSeconds(1.5));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1, Attempts([.. bot.Connector.Calls]));
        bot.Time.Advance(TimeSpan.FromSeconds(0.5));
        await bot.Connector.WaitForAsync(c => Attempts(c) == 2);
        await WaitUntilAsync(bot, DeliveryState.Sent);
        Assert.Equal(2, Attempts([.. bot.Connector.Calls]));

        static int Attempts(IReadOnlyList<ConnectorCall> calls) => ReminderBot.TextsTo(Group, calls).Count(t => t.StartsWith('⏰'));
    }

    [Fact]
    public async Task AForbiddenRosterAnswerDeactivatesTheReferenceAndStopsTheNotices()
    {
        await using var bot = await ReadyAsync();
        bot.Connector.FailNext(new ScriptedFailure(HttpStatusCode.Forbidden, "BotNotInConversationRoster"));
        bot.Time.SetUtcNow(OneHourBefore);
        Assert.Equal(1, await bot.ScanNowAsync());

        await WaitUntilAsync(bot, DeliveryState.Abandoned);
        var reference = await bot.Services.GetRequiredService<IConversationReferenceStore>().GetAsync(Group, default);
        Assert.False(reference!.IsActive);
        Assert.Equal("BotNotInConversationRoster", reference.InactiveReason);

        bot.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, await bot.ScanNowAsync());
        Assert.Single(bot.NoticesTo(Group));
    }

    [Fact]
    public async Task ADeliveryWhoseJobDiedIsOfferedAgainWhenItsLeaseEnds()
    {
        await using var bot = await ReadyAsync();
        bot.Time.SetUtcNow(OneHourBefore);
        var noticeId = Notice.MakeId("ordinaria-3", new DateTimeOffset(2021, 9, 28, 15, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1));
        var ledger = bot.Services.GetRequiredService<NoticeLedger>();
        var ticket = await ledger.TryOfferAsync(new DeliveryDecision(noticeId, Group, 1, null), default);
        Assert.NotNull(await ledger.TryTakeAsync(noticeId, Group, ticket!, default)); // …and the process dies before sending.

        Assert.Equal(0, await bot.ScanNowAsync());
        bot.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await bot.ScanNowAsync());
        await WaitUntilAsync(bot, DeliveryState.Sent);
        Assert.Single(bot.NoticesTo(Group));
    }

    [Fact]
    public async Task ACancelledSessionSendsNothing()
    {
        await using var bot = await ReadyAsync();
        await bot.SayAsync("a:secretario", "cancelar sesión ordinaria III", ReminderBot.SecretarioId, "personal");
        Assert.StartsWith("✅ Cancelé la **Sesión Ordinaria III**", await bot.LastTextToAsync("a:secretario", t => t.Contains("Cancelé", StringComparison.Ordinal)), StringComparison.Ordinal);
        bot.Time.SetUtcNow(OneHourBefore);
        Assert.Equal(0, await bot.ScanNowAsync());
    }

    /// <summary>A bot with Sesión Ordinaria III set for 28 Sept 2021 10:00 and the group subscribed.</summary>
    internal static async Task<ReminderBot> ReadyAsync(IDictionary<string, string?>? settings = null)
    {
        var bot = await ReminderBot.StartAsync(DayBefore, settings);
        await bot.SayAsync("a:secretario", SetSession, ReminderBot.SecretarioId, "personal");
        await bot.SayAsync(Group, "suscribir recordatorios");
        await bot.LastTextToAsync(Group, t => t.StartsWith("🔔", StringComparison.Ordinal));
        return bot;
    }

    internal static async Task<DeliveryRecord> WaitUntilAsync(ReminderBot bot, DeliveryState state, Func<DeliveryRecord, bool>? where = null)
    {
        var noticeId = Notice.MakeId("ordinaria-3", new DateTimeOffset(2021, 9, 28, 15, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1));
        var log = bot.Services.GetRequiredService<INoticeLog>();
        for (var i = 0; i < 200; i++)
        {
            if ((await log.GetAsync(noticeId, Group, default))?.Value is { } row && row.State == state && (where?.Invoke(row) ?? true))
            {
                return row;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The delivery never became {state}; it is {(await log.GetAsync(noticeId, Group, default))?.Value}");
        return null!;
    }
}
