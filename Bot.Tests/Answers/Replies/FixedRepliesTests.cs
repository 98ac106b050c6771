using ProgramaBot.Programme;

namespace ProgramaBot.Tests.Answers.Replies;

/// <summary>Replies kept per programme must never outlive what they were made from.</summary>
public sealed class FixedRepliesTests
{
    [Fact]
    public void ADatePinnedAfterTheCalendarWasAnsweredIsInTheNextCalendarOfTheSameEngine()
    {
        var overrides = new PinnableOverrides();
        using var engine = TestEngine.Create(TestEngine.MidYear, overrides);
        Assert.Contains("para septiembre de 2021", engine.Ask("sesiones").Text);

        overrides.Pin(new SessionDateOverride("ordinaria-3", new DateTimeOffset(2021, 9, 23, 11, 0, 0, TimeSpan.FromHours(-5))));

        var text = engine.Ask("sesiones").Text;
        Assert.Contains("23 de septiembre de 2021 a las 11:00", text);
        Assert.DoesNotContain("para septiembre de 2021", text);
    }

    [Fact]
    public void ADatePinnedAfterASessionWasAnsweredIsInTheNextAnswerAboutIt()
    {
        var overrides = new PinnableOverrides();
        using var engine = TestEngine.Create(TestEngine.MidYear, overrides);
        Assert.StartsWith("La Sesión Ordinaria III está programada para septiembre de 2021.", engine.Ask("¿cuándo es la sesión ordinaria III?").Text);

        overrides.Pin(new SessionDateOverride("ordinaria-3", new DateTimeOffset(2021, 9, 23, 11, 0, 0, TimeSpan.FromHours(-5))));

        Assert.StartsWith("La Sesión Ordinaria III está convocada el 23 de septiembre de 2021 a las 11:00", engine.Ask("¿cuándo es la sesión ordinaria III?").Text);
    }

    [Fact]
    public void TheSameCalendarIsServedWhileNoDateChanges()
    {
        using var engine = TestEngine.Create(TestEngine.MidYear);
        Assert.Same(engine.Ask("sesiones").List!.Items, engine.Ask("calendario").List!.Items);
    }

    [Fact]
    public void EachProgrammeKeepsItsOwnObjectives()
    {
        using var engine = TestEngine.Create(new DateTimeOffset(2023, 6, 1, 10, 0, 0, TimeSpan.FromHours(-5)), files: [TestEngine.BuiltInFile, TestEngine.RomanFile]);
        var ours = engine.Ask("objetivos").Text;
        var theirs = engine.Ask("objetivos 2021").Text;
        Assert.NotEqual(ours, theirs);
        Assert.Equal(ours, engine.Ask("objetivos").Text);
        Assert.Equal(theirs, engine.Ask("objetivos 2021").Text);
    }

    /// <summary>As the reminders' store does: a new list whenever a date is pinned, the same list otherwise.</summary>
    private sealed class PinnableOverrides : ISessionDateOverrides
    {
        private IReadOnlyList<SessionDateOverride> pinned = [];

        public void Pin(SessionDateOverride date) => pinned = [.. pinned, date];

        public IReadOnlyList<SessionDateOverride> ForYear(int programmeYear) => pinned;
    }
}
