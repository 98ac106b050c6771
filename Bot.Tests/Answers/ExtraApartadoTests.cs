namespace ProgramaBot.Tests.Answers;

/// <summary>An apartado outside the usual four (a diagnosis, a budget note) is searchable and cited by its own number.</summary>
public sealed class ExtraApartadoTests
{
    private static readonly DateTimeOffset April2023 = new(2023, 4, 10, 10, 0, 0, TimeSpan.FromHours(-6));

    [Fact]
    public void AQuestionAboutItsContentIsAnsweredCitingIt()
    {
        using var engine = TestEngine.Create(April2023, files: TestEngine.RomanFile);
        var answer = engine.Ask("¿Cuántas plazas tenía la plantilla del Servicio al cierre del año anterior?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("veintidós plazas, de las cuales cuatro se encontraban vacantes", answer.Text);
        Assert.Contains("Diagnóstico del Servicio en la entidad", answer.Text);
        Assert.EndsWith("Fuente: Programa Anual de Trabajo 2023, apartado I.", answer.Text);
    }

    [Fact]
    public void EachParagraphIsFoundOnItsOwn()
    {
        using var engine = TestEngine.Create(April2023, files: TestEngine.RomanFile);
        var answer = engine.Ask("¿por qué hay que reforzar la capacitación?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("La rotación de personal obliga a reforzar la capacitación", answer.Text);
        Assert.EndsWith("apartado I.", answer.Text);
    }

    [Fact]
    public void AskedByNumberItGivesItsTitleAndText()
    {
        using var engine = TestEngine.Create(new DateTimeOffset(2024, 5, 10, 10, 0, 0, TimeSpan.FromHours(-6)), files: TestEngine.ShiftedFile);
        var answer = engine.Ask("¿Qué dice el apartado 1?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("El apartado 1 del programa es: Presentación y presupuesto.", answer.Text);
        Assert.Contains("presupuesto ordinario del Instituto", answer.Text);
        Assert.EndsWith("Fuente: Programa Anual de Trabajo 2024, apartado 1.", answer.Text);
    }

    [Fact]
    public void ItsContentIsFoundByItsWordsToo()
    {
        using var engine = TestEngine.Create(new DateTimeOffset(2024, 5, 10, 10, 0, 0, TimeSpan.FromHours(-6)), files: TestEngine.ShiftedFile);
        var answer = engine.Ask("¿Con qué presupuesto se cubren las actividades de la comisión?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("sin requerir una partida adicional", answer.Text);
        Assert.EndsWith("apartado 1.", answer.Text);
    }
}
