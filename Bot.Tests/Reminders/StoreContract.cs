using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ProgramaBot.Reminders;
using ProgramaBot.Reminders.Delivery;
using ProgramaBot.Reminders.Schedule;
using ProgramaBot.Reminders.Subscriptions;

namespace ProgramaBot.Tests.Reminders;

/// <summary>What every provider of the reminder stores must do; run against SQLite and against Azurite.</summary>
public abstract class StoreContract
{
    private const string Teams = "19:abc-DEF_1@thread.tacv2;messageid=1/#?";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2021, 9, 28, 14, 0, 0, TimeSpan.Zero));

    protected abstract IScheduleStore Schedule { get; }
    protected abstract ISubscriptionStore Subscriptions { get; }
    protected abstract INoticeLog Log { get; }

    [Fact]
    public async Task ASecondInsertOfTheSameDeliveryLoses()
    {
        var record = Record("n1", Teams);
        Assert.NotNull(await Log.TryInsertAsync(record, default));
        Assert.Null(await Log.TryInsertAsync(record, default));
    }

    [Fact]
    public async Task AReplaceWithAStaleVersionLoses()
    {
        var version = (await Log.TryInsertAsync(Record("n2", Teams), default))!;
        var next = await Log.TryReplaceAsync(Record("n2", Teams) with { Attempts = 2 }, version, default);
        Assert.NotNull(next);
        Assert.Null(await Log.TryReplaceAsync(Record("n2", Teams) with { Attempts = 3 }, version, default));
        var stored = await Log.GetAsync("n2", Teams, default);
        Assert.Equal((2, next), (stored!.Value.Attempts, stored.Version));
    }

    [Fact]
    public async Task ListingReadsOnlyTheNoticesAskedFor()
    {
        await Log.TryInsertAsync(Record("n3", "a"), default);
        await Log.TryInsertAsync(Record("n3", "b"), default);
        await Log.TryInsertAsync(Record("n4", "a"), default);
        var rows = await Log.ListAsync(["n3", "missing"], default);
        Assert.Equal(["a", "b"], rows.Select(r => r.Value.Target).Order());
    }

    [Fact]
    public async Task OfTenJobsHoldingTheSameTicketExactlyOneTakesTheDelivery()
    {
        var ledger = new NoticeLedger(Log, Options.Create(new ReminderOptions()), _time);
        var ticket = (await ledger.TryOfferAsync(new DeliveryDecision("n5", Teams, 1, null), default))!;
        var takes = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => ledger.TryTakeAsync("n5", Teams, ticket, default)));
        var taken = Assert.Single(takes, t => t is not null)!;
        Assert.NotNull(await ledger.MarkSentAsync(taken, "activity-1", default));
        Assert.Null(await ledger.TryTakeAsync("n5", Teams, ticket, default));
        Assert.Equal(DeliveryState.Sent, (await Log.GetAsync("n5", Teams, default))!.Value.State);
    }

    [Fact]
    public async Task TwoScansOfferingTheSameDeliveryProduceOneTicket()
    {
        var ledger = new NoticeLedger(Log, Options.Create(new ReminderOptions()), _time);
        var offers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => ledger.TryOfferAsync(new DeliveryDecision("n6", Teams, 1, null), default)));
        Assert.Single(offers, o => o is not null);
    }

    [Fact]
    public async Task ScheduleWritesAreOptimistic()
    {
        var entry = Builders.Ordinary(3, Builders.Local(2021, 9, 28, 10));
        var v1 = await Schedule.TrySaveAsync(entry, null, default);
        Assert.NotNull(v1);
        Assert.Null(await Schedule.TrySaveAsync(entry, null, default));
        var moved = entry with { At = Builders.Local(2021, 9, 29, 10) };
        Assert.NotNull(await Schedule.TrySaveAsync(moved, v1, default));
        Assert.Null(await Schedule.TrySaveAsync(entry with { Cancelled = true }, v1, default));
        Assert.Equal(moved.At, (await Schedule.GetAsync(entry.Key, default))!.Value.At);
        Assert.Equal([entry.Key], (await Schedule.ListAsync(default)).Select(e => e.Key));
    }

    [Fact]
    public async Task SubscribingTwiceAndUnsubscribingTwiceIsHarmless()
    {
        var subscription = new Subscription(Teams, "Ana", _time.GetUtcNow());
        await Subscriptions.UpsertAsync(subscription, default);
        await Subscriptions.UpsertAsync(subscription, default);
        Assert.Equal([subscription], await Subscriptions.ListAsync(default));
        Assert.Equal(subscription, await Subscriptions.GetAsync(Teams, default));
        Assert.True(await Subscriptions.DeleteAsync(Teams, default));
        Assert.False(await Subscriptions.DeleteAsync(Teams, default));
        Assert.Null(await Subscriptions.GetAsync(Teams, default));
    }

    private DeliveryRecord Record(string notice, string target)
        => new(notice, target, DeliveryState.Pending, 1, _time.GetUtcNow().AddMinutes(5), _time.GetUtcNow());
}
