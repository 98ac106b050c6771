using ProgramaBot.Reminders.Delivery;
using ProgramaBot.Reminders.Due;
using ProgramaBot.Reminders.Schedule;
using static ProgramaBot.Tests.Reminders.Builders;

namespace ProgramaBot.Tests.Reminders.Delivery;

public sealed class DeliveryOffersTests
{
    private static readonly DateTimeOffset Session = Local(2021, 9, 28, 10);

    [Fact]
    public void ADueNoticeIsOfferedToEverySubscribedConversationNotYetInTheLog()
    {
        var now = Local(2021, 9, 28, 9, 0);
        var notice = Assert.Single(DueNotices.Due([Ordinary(3, Session)], Offsets, now));
        var sent = Row(notice.Id, "a", DeliveryState.Sent, leaseUntil: now);
        var held = Row(notice.Id, "b", DeliveryState.Pending, leaseUntil: now.AddMinutes(1));
        var expired = Row(notice.Id, "c", DeliveryState.Pending, leaseUntil: now.AddSeconds(-1), attempts: 2);
        var abandoned = Row(notice.Id, "d", DeliveryState.Abandoned, leaseUntil: now);

        var decisions = DeliveryOffers.Deliveries([notice], ["a", "b", "c", "d", "e"], [sent, held, expired, abandoned], now, maxAttempts: 8);

        Assert.Equal(["c", "e"], decisions.Select(d => d.Target));
        Assert.Equal(new DeliveryDecision(notice.Id, "c", 3, expired.Version), decisions[0]);
        Assert.Equal(new DeliveryDecision(notice.Id, "e", 1, null), decisions[1]);
    }

    [Fact]
    public void APendingDeliveryPastItsLastAttemptIsMarkedExhausted()
    {
        var now = Local(2021, 9, 28, 9, 0);
        var row = Row("n", "a", DeliveryState.Pending, leaseUntil: now.AddSeconds(-1), attempts: 3);
        var decision = Assert.Single(DeliveryOffers.Offers([("n", "a")], [row], now, maxAttempts: 3));
        Assert.True(decision.IsExhausted);
    }

    private static Versioned<DeliveryRecord> Row(string notice, string target, DeliveryState state, DateTimeOffset leaseUntil, int attempts = 1)
        => new(new DeliveryRecord(notice, target, state, attempts, leaseUntil, leaseUntil), $"v-{target}");
}
