using ProgramaBot.Approvals;
using ProgramaBot.Commission;
using ProgramaBot.Reminders.Nudges;

namespace ProgramaBot.Tests.Reminders.Nudges;

public sealed class NudgePlanTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City");
    private static readonly DateTimeOffset Opened = Builders.Local(2021, 9, 20, 10);

    [Fact]
    public void NoNudgeBeforeTheDelay()
        => Assert.Empty(NudgePlan.Due([Pending()], Opened.AddHours(23), Zone, TimeSpan.FromDays(1)));

    [Fact]
    public void OneNudgePerRequestPerMemberPerLocalDay()
    {
        var morning = Assert.Single(NudgePlan.Due([Pending()], Builders.Local(2021, 9, 21, 10), Zone, TimeSpan.FromDays(1)));
        var evening = Assert.Single(NudgePlan.Due([Pending()], Builders.Local(2021, 9, 21, 23, 59), Zone, TimeSpan.FromDays(1)));
        var nextDay = Assert.Single(NudgePlan.Due([Pending()], Builders.Local(2021, 9, 22, 0, 1), Zone, TimeSpan.FromDays(1)));
        Assert.Equal(morning, evening);
        Assert.NotEqual(morning.NoticeId, nextDay.NoticeId);
        Assert.Equal(("voto:sol-7:2021-09-21", "member:29:consejera"), morning);
        Assert.Equal("sol-7", NudgePlan.RequestIdOf(morning.NoticeId));
    }

    [Fact]
    public void AMemberWithoutAnyIdCannotBeNudged()
        => Assert.Empty(NudgePlan.Due([Pending() with { Member = Pending().Member with { TeamsId = null, AadObjectId = null } }], Opened.AddDays(2), Zone, TimeSpan.FromDays(1)));

    internal static PendingVote Pending()
        => new("sol-7", "Modificación de meta colectiva", "3.2.1",
            new CommissionMember { Name = "Consejera Rosa", TeamsId = "29:consejera", AadObjectId = "aad-consejera" }, Opened);
}
