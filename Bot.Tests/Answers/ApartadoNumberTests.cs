namespace ProgramaBot.Tests.Answers;

/// <summary>
/// Apartado numbers come from the programme's data: a programme numbered I–V, or with an extra apartado first
/// (sessions in apartado 5), is cited by its own numbers, never «apartado 4» by habit.
/// </summary>
public sealed class ApartadoNumberTests
{
    private static readonly DateTimeOffset April2023 = new(2023, 4, 10, 10, 0, 0, TimeSpan.FromHours(-6));
    private static readonly DateTimeOffset May2024 = new(2024, 5, 10, 10, 0, 0, TimeSpan.FromHours(-6));

    [Fact]
    public void ASessionOfARomanNumberedProgrammeCitesApartadoV()
    {
        using var engine = TestEngine.Create(April2023, files: TestEngine.RomanFile);
        var answer = engine.Ask("¿Cuándo es la segunda sesión ordinaria?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Segunda Sesión Ordinaria está programada para junio de 2023", answer.Text);
        Assert.EndsWith("Fuente: Programa Anual de Trabajo 2023, apartado V.", answer.Text);
        Assert.Equal(["V"], answer.Sources);
    }

    [Theory]
    [InlineData("objetivo 1.2", "apartado III, objetivo 1.2")]
    [InlineData("línea de acción 2.1.1", "apartado IV, línea de acción 2.1.1")]
    [InlineData("objetivo específico 2.2", "apartado IV, objetivo específico 2.2")]
    [InlineData("¿Qué artículo fundamenta el programa?", "apartado II")]
    public void ItemsCiteTheApartadoHoldingTheirPartNotTheirNumbersFirstDigit(string question, string citation)
    {
        using var engine = TestEngine.Create(April2023, files: TestEngine.RomanFile);
        var answer = engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains($"Fuente: Programa Anual de Trabajo 2023, {citation}", answer.Text);
    }

    [Theory]
    [InlineData("¿Qué dice el apartado V?")]
    [InlineData("apartado 5")]
    [InlineData("¿qué contiene el apartado v?")]
    [InlineData("¿Qué dice el quinto apartado?")]
    [InlineData("apartado cinco")]
    public void AnApartadoAskedInRomanOrArabicNumeralsIsFound(string question)
    {
        using var engine = TestEngine.Create(April2023, files: TestEngine.RomanFile);
        var answer = engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("El apartado V del programa es: Calendario de sesiones.", answer.Text);
        Assert.Contains("Tercera Sesión Ordinaria, octubre", answer.Text);
        Assert.EndsWith("apartado V.", answer.Text);
    }

    [Theory]
    [InlineData("sesiones")]
    [InlineData("¿Cuándo es la próxima sesión?")]
    [InlineData("¿Cuántas sesiones ordinarias hay?")]
    [InlineData("¿Cuándo es la 1a sesión ordinaria?")]
    [InlineData("¿Qué sesión hay en septiembre?")]
    [InlineData("¿Habrá sesiones extraordinarias?")]
    [InlineData("¿Qué hay en marzo?")]
    [InlineData("¿Qué está pendiente?")]
    [InlineData("¿Las fechas de las sesiones son definitivas?")]
    public void EverySessionAnswerOfAShiftedProgrammeCitesApartado5(string question)
    {
        using var engine = TestEngine.Create(May2024, files: TestEngine.ShiftedFile);
        var answer = engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Programa Anual de Trabajo 2024, apartado 5", answer.Text);
        Assert.DoesNotContain("apartado 4", answer.Text);
    }

    [Fact]
    public void WithoutThisYearsProgrammeASessionListCardCarriesTheWarningToo()
    {
        using var engine = TestEngine.Create(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.FromHours(-6)), files: TestEngine.RomanFile);
        var answer = engine.Ask("sesiones");
        Assert.NotNull(answer.List);
        Assert.StartsWith("No tengo cargado el programa de 2026; esto es lo que dice el Programa Anual de Trabajo 2023.", answer.List.Note);
        Assert.Contains("Las fechas podrán ajustarse.", answer.List.Note);
        Assert.Equal("Fuente: Programa Anual de Trabajo 2023, apartado V.", answer.List.Source);
    }

    [Fact]
    public void SessionNamesComeFromTheData()
    {
        using var engine = TestEngine.Create(May2024, files: TestEngine.ShiftedFile);
        Assert.Contains("La próxima sesión es la 2a. Sesión Ordinaria", engine.Ask("próxima sesión").Text);
        Assert.Contains("1a. Sesión Ordinaria, para marzo de 2024", engine.Ask("sesiones").Text);
    }

    [Fact]
    public void ASessionDatedWithoutAnHourIsAnsweredWithItsDayAndNoInventedTime()
    {
        using var engine = TestEngine.Create(May2024, files: TestEngine.ShiftedFile);
        var next = engine.Ask("próxima sesión").Text;
        Assert.Contains("La próxima sesión es la 2a. Sesión Ordinaria, para el 12 de septiembre de 2024.", next);
        Assert.DoesNotContain("a las", next);

        using var onTheDay = TestEngine.Create(new DateTimeOffset(2024, 9, 12, 18, 0, 0, TimeSpan.FromHours(-6)), files: TestEngine.ShiftedFile);
        Assert.Contains("2a. Sesión Ordinaria, para el 12 de septiembre de 2024", onTheDay.Ask("próxima sesión").Text);

        using var dayAfter = TestEngine.Create(new DateTimeOffset(2024, 9, 13, 9, 0, 0, TimeSpan.FromHours(-6)), files: TestEngine.ShiftedFile);
        Assert.Contains("La última programada fue la 2a. Sesión Ordinaria, el 12 de septiembre de 2024.", dayAfter.Ask("próxima sesión").Text);
    }

    [Theory]
    [InlineData("objetivo 2.1", "apartado 3, objetivo 2.1")]
    [InlineData("línea 3.1.1", "apartado 4, línea de acción 3.1.1")]
    [InlineData("objetivos", "apartado 3")]
    [InlineData("líneas de acción", "apartado 4")]
    [InlineData("¿Cuál es el marco legal del programa?", "apartado 2")]
    public void AShiftedProgrammeCitesItsOwnNumbers(string question, string citation)
    {
        using var engine = TestEngine.Create(May2024, files: TestEngine.ShiftedFile);
        var answer = engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.EndsWith($"Fuente: Programa Anual de Trabajo 2024, {citation}.", answer.Text);
    }

    [Fact]
    public void HelpUsesThisProgrammesOwnExamplesAndApartados()
    {
        using var engine = TestEngine.Create(May2024, files: TestEngine.ShiftedFile);
        var answer = engine.Ask("ayuda");
        Assert.Contains("«¿cuándo es la 2a. Sesión Ordinaria?»", answer.Text);
        Assert.Contains("«¿qué dice el objetivo 2.1?»", answer.Text);
        Assert.Equal(["2", "3", "4", "5"], answer.Sources);
    }
}
