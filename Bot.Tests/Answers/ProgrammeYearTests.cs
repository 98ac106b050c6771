using ProgramaBot.Answers;

namespace ProgramaBot.Tests.Answers;

/// <summary>
/// A question naming a year is answered from that year's programme; a year nobody loaded is said to be missing,
/// never answered from another year. Loaded here: 2021 (built in) and 2023; it is November 2026.
/// </summary>
public sealed class ProgrammeYearTests : IDisposable
{
    private static readonly DateTimeOffset November2026 = new(2026, 11, 29, 10, 0, 0, TimeSpan.FromHours(-6));

    private readonly AnswerEngine engine = TestEngine.Create(November2026, files: [TestEngine.BuiltInFile, TestEngine.RomanFile]);

    [Theory]
    [InlineData("¿cuándo es la sesión ordinaria 3 del 2026?", 2026)]
    [InlineData("¿Cuándo es la tercera sesión de 2026?", 2026)]
    [InlineData("¿quién es el secretario técnico en 2022?", 2022)]
    [InlineData("objetivos del programa 2025", 2025)]
    [InlineData("¿Qué hay en marzo de 2026?", 2026)]
    public void AYearNobodyLoadedIsSaidToBeMissingWithHowToLoadIt(string question, int year)
    {
        var answer = engine.Ask(question);
        Assert.False(answer.Answered);
        Assert.StartsWith($"No tengo cargado el programa de {year}", answer.Text);
        Assert.Contains("Tengo cargados los programas de 2021 y 2023.", answer.Text);
        Assert.Contains($"Para cargar el de {year}, la Secretaria o el Secretario Técnico de la Comisión envía el documento", answer.Text);
        Assert.Contains("chat personal", answer.Text);
        Assert.DoesNotContain("Fuente:", answer.Text);
        Assert.DoesNotContain("Programme", answer.Text);
        Assert.Empty(answer.Sources);
    }

    [Fact]
    public void ANamedLoadedYearAnswersFromThatYear()
    {
        var of2021 = engine.Ask("¿Cuándo es la sesión ordinaria 3 del programa 2021?");
        Assert.Contains("Sesión Ordinaria III está programada para septiembre de 2021", of2021.Text);
        Assert.EndsWith("Fuente: Programa Anual de Trabajo 2021, apartado 4.", of2021.Text);

        var of2023 = engine.Ask("¿cuándo es la sesión ordinaria 3 del 2023?");
        Assert.Contains("Tercera Sesión Ordinaria está programada para octubre de 2023", of2023.Text);
        Assert.EndsWith("Fuente: Programa Anual de Trabajo 2023, apartado V.", of2023.Text);

        Assert.Contains("Titular de la Unidad Técnica del Servicio Profesional", engine.Ask("¿quién es el secretario técnico en 2021?").Text);
    }

    [Fact]
    public void WithoutThisYearsProgrammeTheNextSessionIsNotTakenFromAnOldYear()
    {
        var answer = engine.Ask("¿Cuándo es la próxima sesión?");
        Assert.False(answer.Answered);
        Assert.StartsWith("No tengo cargado el programa de 2026, así que no puedo indicar la próxima sesión.", answer.Text);
        Assert.Contains("Tercera Sesión Ordinaria, en octubre de 2023", answer.Text);
        Assert.StartsWith("No tengo cargado el programa de 2026", engine.Ask("¿Qué está pendiente?").Text);
        Assert.StartsWith("No tengo cargado el programa de 2026", engine.Ask("¿Qué hay en septiembre?").Text);
    }

    [Fact]
    public void TheNextSessionOfANamedPastYearIsNoneAndNoSessionOfAnotherYearIsOffered()
    {
        var answer = engine.Ask("¿cuál es la próxima sesión del programa 2021?");
        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Ya no quedan sesiones por celebrar en el programa 2021", answer.Text);
        Assert.Contains("La última programada fue la Sesión Ordinaria IV, en diciembre de 2021.", answer.Text);
        Assert.DoesNotContain("2023", answer.Text);
    }

    [Fact]
    public void WithoutThisYearsProgrammeASessionAnswerSaysWhichYearItIsFrom()
    {
        var answer = engine.Ask("¿Cuándo es la segunda sesión ordinaria?");
        Assert.True(answer.Answered);
        Assert.StartsWith("No tengo cargado el programa de 2026; esto es lo que dice el Programa Anual de Trabajo 2023.", answer.Text);
        Assert.Contains("junio de 2023", answer.Text);
    }

    [Fact]
    public void GeneralQuestionsAreAnsweredFromTheLatestProgrammeNamingItsYear()
    {
        var answer = engine.Ask("¿Quién es la secretaria técnica?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Titular de la Coordinación de Prueba", answer.Text);
        Assert.EndsWith("Fuente: Programa Anual de Trabajo 2023, apartado II.", answer.Text);
        Assert.DoesNotContain("No tengo cargado", answer.Text);
        Assert.StartsWith("Soy ProgramaBot. Respondo preguntas sobre el Programa Anual de Trabajo 2023", engine.Ask("ayuda").Text);
        Assert.StartsWith("El artículo 7", engine.Ask("¿En qué artículo se basa el programa?").Text);
    }

    [Fact]
    public void AYearThatIsTheProgrammesContentIsNotReadAsAProgrammeYear()
    {
        using var only2021 = TestEngine.Create(TestEngine.MidYear);
        var answer = only2021.Ask("¿Qué objetivo trata del Concurso Público 2020?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("2.1", answer.Text);
    }

    [Fact]
    public void AYearOnlyAnOlderProgrammeSpeaksOfIsAnsweredFromThatProgramme()
    {
        using var twoYears = TestEngine.Create(new DateTimeOffset(2022, 3, 1, 12, 0, 0, TimeSpan.Zero), files: [TestEngine.BuiltInFile, TestEngine.SyntheticFile]);
        var answer = twoYears.Ask("¿Qué objetivo trata del Concurso Público 2020?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Objetivo 2.1", answer.Text);
        Assert.Contains("Fuente: Programa Anual de Trabajo 2021, apartado 2, objetivo 2.1", answer.Text);
    }

    [Fact]
    public void AnOutOfScopeQuestionNamingAYearIsDeclinedNotTreatedAsAMissingProgramme()
    {
        var answer = engine.Ask("¿Qué opinas de la reforma electoral de 2025?");
        Assert.False(answer.Answered);
        Assert.StartsWith("No lo sé", answer.Text);
    }

    public void Dispose() => engine.Dispose();
}
