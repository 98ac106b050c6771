using Microsoft.Extensions.Time.Testing;
using ProgramaBot.Reminders.Due;
using static ProgramaBot.Tests.Reminders.Builders;

namespace ProgramaBot.Tests.Reminders.Due;

public sealed class DueNoticesTests
{
    private static readonly DateTimeOffset Session = Local(2021, 9, 28, 10);

    [Fact]
    public void LocalTimeInMexicoCityIsReadWithTheOffsetOfThatDate()
    {
        // Mexico observed daylight time until 2022: 28 Sept 2021 was UTC−5, 28 Sept 2023 is UTC−6.
        Assert.Equal(new DateTimeOffset(2021, 9, 28, 15, 0, 0, TimeSpan.Zero), Session.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2023, 9, 28, 16, 0, 0, TimeSpan.Zero), Local(2023, 9, 28, 10).ToUniversalTime());
    }

    [Fact]
    public void MonthOnlySessionNeverProducesAReminder()
    {
        var monthOnly = Ordinary(3, at: null);
        Assert.Empty(DueNotices.Planned(monthOnly, DefaultOffsets));
        foreach (var day in Enumerable.Range(1, 30))
        {
            Assert.Empty(DueNotices.Due([monthOnly], Offsets, Local(2021, 9, day, 10)));
        }
    }

    [Fact]
    public void AnExactSessionPlansSevenDaysOneDayAndOneHourBefore()
    {
        var planned = DueNotices.Planned(Ordinary(3, Session), DefaultOffsets);
        Assert.Equal([Local(2021, 9, 21, 10), Local(2021, 9, 27, 10), Local(2021, 9, 28, 9)], planned.Select(n => n.FireAt));
    }

    [Fact]
    public void NothingIsDueOneMinuteBeforeTheFirstReminder()
        => Assert.Empty(DueNotices.Due([Ordinary(3, Session)], Offsets, Local(2021, 9, 21, 9, 59)));

    [Fact]
    public void TheOneHourReminderIsDueAtItsMinuteAndUntilTheSessionStarts()
    {
        var time = new FakeTimeProvider(Local(2021, 9, 28, 8, 59));
        var entry = Ordinary(3, Session);
        Assert.Empty(DueNotices.Due([entry], Offsets, time.GetUtcNow())); // the 1-day one is late and the next is a minute away

        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(TimeSpan.FromHours(1), Assert.Single(DueNotices.Due([entry], Offsets, time.GetUtcNow())).Offset);

        time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(TimeSpan.FromHours(1), Assert.Single(DueNotices.Due([entry], Offsets, time.GetUtcNow())).Offset);

        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(DueNotices.Due([entry], Offsets, time.GetUtcNow()));
    }

    [Fact]
    public void ASessionSetLateGetsOnlyTheLatestReminderNotABurst()
    {
        var due = DueNotices.Due([Ordinary(3, Session)], Offsets, Local(2021, 9, 28, 9, 30));
        Assert.Equal(TimeSpan.FromHours(1), Assert.Single(due).Offset);
    }

    [Fact]
    public void ALateReminderIsSkippedWhenTheNextOneIsMinutesAway()
    {
        var entry = Ordinary(3, Session);
        Assert.Equal(TimeSpan.FromDays(1), Assert.Single(DueNotices.Due([entry], Offsets, Local(2021, 9, 28, 8, 50))).Offset);
        Assert.Empty(DueNotices.Due([entry], Offsets, Local(2021, 9, 28, 8, 51)));
        Assert.Equal(TimeSpan.FromHours(1), Assert.Single(DueNotices.Due([entry], Offsets, Local(2021, 9, 28, 9, 0))).Offset);
    }

    [Fact]
    public void MovingASessionMakesNewNoticesAndTheOldOnesAreNeverDue()
    {
        var before = Ordinary(3, Session);
        var moved = before with { At = Local(2021, 9, 30, 12) };
        var oldNotice = Assert.Single(DueNotices.Due([before], Offsets, Local(2021, 9, 28, 9, 30)));

        var now = Local(2021, 9, 28, 9, 30);
        var afterMove = Assert.Single(DueNotices.Due([moved], Offsets, now));
        Assert.NotEqual(oldNotice.Id, afterMove.Id);
        Assert.Equal(TimeSpan.FromDays(7), afterMove.Offset);
        Assert.DoesNotContain(DueNotices.Planned(moved, DefaultOffsets), n => n.Id == oldNotice.Id);
    }

    [Fact]
    public void ACancelledSessionHasNothingDue()
    {
        var cancelled = Ordinary(3, Session) with { Cancelled = true };
        Assert.Empty(DueNotices.Due([cancelled], Offsets, Local(2021, 9, 28, 9, 30)));
        Assert.Empty(DueNotices.Planned(cancelled, DefaultOffsets));
    }

    [Fact]
    public void TheZoneDecidesTheInstantNotTheServerClock()
    {
        // The same wall-clock 10:00 in Tijuana is two hours later in UTC than in Mexico City (in September 2021).
        var tijuana = Clock(zone: "America/Tijuana").ToInstant(new DateTime(2021, 9, 28, 10, 0, 0));
        var entry = Ordinary(3, tijuana);
        Assert.Empty(DueNotices.Due([entry], e => [TimeSpan.FromHours(1)], Local(2021, 9, 28, 10, 59)));
        Assert.Single(DueNotices.Due([entry], e => [TimeSpan.FromHours(1)], Local(2021, 9, 28, 11)));
    }
}
