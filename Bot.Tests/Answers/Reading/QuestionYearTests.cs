using ProgramaBot.Answers.Reading;

namespace ProgramaBot.Tests.Answers.Reading;

/// <summary>
/// A year in a question names a programme or is the programme's own content. Here 2021 is loaded and its text
/// speaks of 2020, 2021 and 2022.
/// </summary>
public sealed class QuestionYearTests
{
    private static readonly int[] Loaded = [2021];

    [Theory]
    [InlineData("¿cuándo es la sesión ordinaria 3 del 2026?", 2026)]
    [InlineData("¿qué sesiones hay en 2022?", 2022)]
    [InlineData("objetivos del programa anual de trabajo 2020", 2020)]
    [InlineData("¿qué hay en marzo de 2022?", 2022)]
    [InlineData("¿quién fue el secretario técnico durante 2020?", 2020)]
    [InlineData("¿qué dice el objetivo 2.2 del año 2022?", 2022)]
    [InlineData("¿qué pasó con el concurso 2019?", 2019)]
    [InlineData("la línea 3.1.2 del 2021", 2021)]
    public void AYearNamedAsTheProgrammesIsReadAsSuch(string question, int year)
        => Assert.Equal((year, (int?)null), QuestionYear.Read(question, Loaded, IsContent));

    [Theory]
    [InlineData("¿Qué objetivo trata del Concurso Público 2020?", 2020)]
    [InlineData("¿Qué hace la comisión sobre los incentivos 2020?", 2020)]
    [InlineData("¿Por qué el apartado 4 dice 2020?", 2020)]
    [InlineData("periodo de evaluacion 2022", 2022)]
    public void AYearThatIsTheProgrammesContentIsNotAProgrammeYear(string question, int year)
        => Assert.Equal(((int?)null, year), QuestionYear.Read(question, Loaded, IsContent));

    [Theory]
    [InlineData("¿cuándo es la próxima sesión?")]
    [InlineData("¿Cuál es el periodo de la evaluación del desempeño 2020-2021?")]
    [InlineData("¿Qué periodo académico sigue? 2020/2")]
    [InlineData("objetivo 2.1")]
    public void NoYearOrAYearSpanNamesNone(string question)
        => Assert.Equal(((int?)null, (int?)null), QuestionYear.Read(question, Loaded, IsContent));

    private static bool IsContent(int year) => year is 2020 or 2021 or 2022;
}
