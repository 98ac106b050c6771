using ProgramaBot.Reminders.Delivery;
using ProgramaBot.Reminders.Due;
using ProgramaBot.Reminders.Schedule;
using static ProgramaBot.Tests.Reminders.Builders;

namespace ProgramaBot.Tests.Reminders.Due;

/// <summary>A session the programme gives as a day without an hour: reminded by day, and no text states an hour.</summary>
public sealed class DayOnlySessionTests
{
    private static readonly ScheduleEntry DayOnly = Ordinary(1, at: null, month: 2) with
    {
        Year = 2026,
        Day = new DateOnly(2026, 2, 17),
        DayAnchor = Local(2026, 2, 17, 9),
    };

    [Fact]
    public void ItIsRemindedSevenDaysAndOneDayBeforeAtNineInTheMorning()
    {
        var planned = DueNotices.Planned(DayOnly, DefaultOffsets);

        Assert.Equal([Local(2026, 2, 10, 9), Local(2026, 2, 16, 9)], planned.Select(n => n.FireAt));
    }

    [Fact]
    public void TheNoticeNamesTheDayAndNoHour()
    {
        var notice = DueNotices.Due([DayOnly], Offsets, Local(2026, 2, 10, 9, 1)).Single();

        var text = NoticeText.For(DayOnly, notice, Clock().Zone, Local(2026, 2, 10, 9, 1));

        Assert.Equal("⏰ Recordatorio: la **Sesión Ordinaria I** de la Comisión de Seguimiento del Servicio es el 17 de febrero de 2026; " +
                     "la hora se dará a conocer. Faltan 7 días.", text);
    }

    [Fact]
    public void ACancelledOrMonthOnlySessionIsNotRemindedByDay()
    {
        Assert.Empty(DueNotices.Planned(DayOnly with { Cancelled = true }, DefaultOffsets));
        Assert.Empty(DueNotices.Planned(DayOnly with { Day = null, DayAnchor = null }, DefaultOffsets));
    }

    [Fact]
    public void ADateSetForLastYearsSessionDoesNotHideThisYearsSessionOfTheSameKey()
    {
        var lastYear = Ordinary(1, Local(2021, 3, 10, 10), month: 3);

        var merged = EffectiveSchedule.Merge([DayOnly], [lastYear, Ordinary(2, Local(2026, 6, 9, 10), month: 6) with { Year = 2026 }]);

        Assert.Equal(DayOnly, merged.Single(e => e.Key == "ordinaria-1"));
        Assert.Equal(Local(2026, 6, 9, 10), merged.Single(e => e.Key == "ordinaria-2").At);
    }
}
