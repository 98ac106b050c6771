using ProgramaBot.Programme;

namespace ProgramaBot.Tests.Answers;

public sealed class NextSessionTests
{
    [Fact]
    public void InJulyTheNextSessionIsOrdinariaIIIInSeptember()
    {
        using var engine = TestEngine.Create(TestEngine.MidYear);
        var answer = engine.Ask("¿Cuándo es la próxima sesión?");
        Assert.True(answer.Answered);
        Assert.Contains("Sesión Ordinaria III", answer.Text);
        Assert.Contains("septiembre de 2021", answer.Text);
        Assert.Equal(["4"], answer.Sources);
    }

    [Fact]
    public void DuringASessionMonthWithoutExactDateThatSessionIsNext()
    {
        using var engine = TestEngine.Create(new DateTimeOffset(2021, 6, 28, 9, 0, 0, TimeSpan.FromHours(-5)));
        Assert.Contains("Sesión Ordinaria II,", engine.Ask("proxima sesion").Text);
    }

    [Fact]
    public void AnExactDateSetAtRunTimeIsUsedAndPassesOnceOver()
    {
        var overrides = new FixedOverrides(new SessionDateOverride("ordinaria-2", new DateTimeOffset(2021, 6, 10, 11, 0, 0, TimeSpan.FromHours(-5))));
        using var before = TestEngine.Create(new DateTimeOffset(2021, 6, 1, 9, 0, 0, TimeSpan.FromHours(-5)), overrides);
        Assert.Contains("10 de junio de 2021 a las 11:00", before.Ask("¿cuándo es la siguiente sesión?").Text);

        using var after = TestEngine.Create(new DateTimeOffset(2021, 6, 11, 9, 0, 0, TimeSpan.FromHours(-5)), overrides);
        Assert.Contains("Sesión Ordinaria III", after.Ask("¿cuándo es la siguiente sesión?").Text);
    }

    [Fact]
    public void AnExtraordinarySessionSetAtRunTimeIsListed()
    {
        var overrides = new FixedOverrides(new SessionDateOverride("extra-1", new DateTimeOffset(2021, 7, 20, 12, 0, 0, TimeSpan.FromHours(-5)), "Sesión Extraordinaria 1"));
        using var engine = TestEngine.Create(TestEngine.MidYear, overrides);
        Assert.Contains("Sesión Extraordinaria 1", engine.Ask("próxima sesión").Text);
        Assert.Contains("20 de julio de 2021", engine.Ask("¿Habrá sesiones extraordinarias?").Text);
    }

    [Fact]
    public void InAYearWithoutItsProgrammeItSaysThatYearIsMissingAndNamesTheLastKnownSession()
    {
        using var engine = TestEngine.Create(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        var answer = engine.Ask("¿Cuándo es la próxima sesión?");
        Assert.False(answer.Answered);
        Assert.StartsWith("No tengo cargado el programa de 2026", answer.Text);
        Assert.Contains("Sesión Ordinaria IV, en diciembre de 2021", answer.Text);
        Assert.Contains("chat personal", answer.Text);
        Assert.Empty(answer.Sources);
    }

    [Fact]
    public void AfterTheLastSessionOfThisYearsProgrammeItSaysNoneRemain()
    {
        using var engine = TestEngine.Create(new DateTimeOffset(2022, 11, 15, 12, 0, 0, TimeSpan.Zero), files: TestEngine.SyntheticFile);
        var answer = engine.Ask("¿Cuándo es la próxima sesión?");
        Assert.True(answer.Answered);
        Assert.Contains("Ya no quedan sesiones", answer.Text);
        Assert.Contains("Sesión Ordinaria II, en octubre de 2022", answer.Text);
    }

    [Fact]
    public void PendingItemsAreRelativeToToday()
    {
        using var engine = TestEngine.Create(TestEngine.MidYear);
        var text = engine.Ask("¿Qué está pendiente?").Text;
        Assert.Contains("Sesión Ordinaria III", text);
        Assert.Contains("está en curso la Evaluación del Desempeño 2020-2021", text);
    }

    private sealed class FixedOverrides(params SessionDateOverride[] overrides) : ISessionDateOverrides
    {
        public IReadOnlyList<SessionDateOverride> ForYear(int programmeYear) => overrides.Where(o => o.StartsAt.Year == programmeYear).ToList();
    }
}
