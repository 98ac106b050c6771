using System.Net;
using ProgramaBot.Reminders.Delivery;
using static ProgramaBot.Tests.Fakes.FakeBotConnector;
using static ProgramaBot.Tests.Reminders.Jobs.ReminderDeliveryTests;

namespace ProgramaBot.Tests.Reminders.Jobs;

/// <summary>
/// Issue 7, notices through a misbehaving Connector (429 and 403 are in <see cref="ReminderDeliveryTests"/>): a 500
/// and a hung call hand the delivery back and a later scan delivers it once; a Connector that never recovers is
/// tried Reminders:MaxAttempts times and then given up — retries are bounded.
/// </summary>
public sealed class NoticeConnectorFaultTests
{
    [Fact]
    public async Task AServerErrorHandsTheNoticeBackAndALaterScanDeliversItOnce()
    {
        await using var bot = await ReadyAsync();
        bot.Connector.FailNext(new ScriptedFailure(HttpStatusCode.InternalServerError));
        bot.Time.SetUtcNow(OneHourBefore);
        Assert.Equal(1, await bot.ScanNowAsync());
        await WaitUntilAsync(bot, DeliveryState.Pending, r => r.Note?.Contains("HTTP 500", StringComparison.Ordinal) == true);

        bot.Time.Advance(TimeSpan.FromMinutes(2)); // past Reminders:RetryDelay (1 min)
        Assert.Equal(1, await bot.ScanNowAsync());
        var sent = await WaitUntilAsync(bot, DeliveryState.Sent);

        Assert.Equal(2, sent.Attempts);
        Assert.Equal(2, bot.NoticesTo(Group).Count); // the failed attempt and the delivery
    }

    [Fact]
    public async Task AHungConnectorIsCutByTheTimeoutAndTheNoticeIsDeliveredLater()
    {
        await using var bot = await ReadyAsync();
        var first = 0;
        bot.Connector.Responder = _ =>
        {
            if (Interlocked.Increment(ref first) == 1)
            {
                Thread.Sleep(TimeSpan.FromSeconds(3)); // hangs until the (fake-clock) per-attempt timeout cuts it
            }

            return null;
        };
        bot.Time.SetUtcNow(OneHourBefore);
        Assert.Equal(1, await bot.ScanNowAsync());
        await bot.Connector.WaitForAsync(_ => Volatile.Read(ref first) >= 1); // the notice reached the Connector, which hangs
        bot.Time.Advance(TimeSpan.FromSeconds(31)); // Connector:Timeout is 30 s
        await WaitUntilAsync(bot, DeliveryState.Pending, r => r.Note?.Contains("Unreachable", StringComparison.Ordinal) == true);

        bot.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await bot.ScanNowAsync());
        var sent = await WaitUntilAsync(bot, DeliveryState.Sent);
        Assert.Equal(2, sent.Attempts);
    }

    [Fact]
    public async Task AConnectorThatNeverRecoversIsTriedMaxAttemptsTimesThenGivenUp()
    {
        await using var bot = await ReadyAsync(new Dictionary<string, string?> { ["Reminders:MaxAttempts"] = "3" });
        bot.Connector.Responder = _ => new ScriptedFailure(HttpStatusCode.InternalServerError);
        bot.Time.SetUtcNow(OneHourBefore);

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(1, await bot.ScanNowAsync());
            await WaitUntilAsync(bot, DeliveryState.Pending, r => r.Attempts == attempt && r.Note is not null);
            bot.Time.Advance(TimeSpan.FromMinutes(2));
        }

        Assert.Equal(0, await bot.ScanNowAsync()); // the fourth offer is refused: given up, logged
        var abandoned = await WaitUntilAsync(bot, DeliveryState.Abandoned);
        Assert.Equal("too many attempts", abandoned.Note);
        Assert.Equal(3, bot.NoticesTo(Group).Count);
        bot.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, await bot.ScanNowAsync());
    }
}
