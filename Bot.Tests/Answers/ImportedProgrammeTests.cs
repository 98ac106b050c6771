using ProgramaBot.Programme.Import;
using ProgramaBot.Tests.Programme.Import;
using static ProgramaBot.Tests.Programme.Import.Line;

namespace ProgramaBot.Tests.Answers;

/// <summary>A programme imported from a short document leaves empty what the document does not say; answers never fill the gap.</summary>
public sealed class ImportedProgrammeTests : IDisposable
{
    private static readonly DateTimeOffset March2026 = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(-6));
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"programa-importado-{Guid.NewGuid():N}.json");

    public ImportedProgrammeTests()
    {
        List<Line> document =
        [
            new("PROGRAMA ANUAL DE TRABAJO 2026 DE LA COMISIÓN DE SEGUIMIENTO DEL SERVICIO PROFESIONAL ELECTORAL NACIONAL"),
            H("1. Marco legal"),
            new("El artículo 22 del Reglamento de Comisiones del Consejo General establece que las comisiones presentarán su programa."),
            H("2. Objetivos generales"),
            L("2.1 Dar seguimiento al Concurso Público 2026."),
            H("3. Líneas de acción"),
            new("3.1 Seguimiento al Concurso Público 2026."),
            new("3.1.1 Coordinar con la DESPEN las etapas del concurso."),
            H("4. Programación de sesiones"),
            L("Primera Sesión Ordinaria: marzo"),
            L("Segunda Sesión Ordinaria: junio"),
        ];
        var result = new ProgrammeImporter().Import(new MemoryStream(TestDocuments.Markdown(document)), "programa-2026.md");
        File.WriteAllText(_file, ProgrammeJson.Write(result.Programme));
    }

    [Fact]
    public void AMemberCountTheDocumentDoesNotGiveIsNeverAnsweredAsZero()
    {
        using var engine = TestEngine.Create(March2026, files: _file);
        var answer = engine.Ask("¿cuántos integrantes tiene la comisión?");
        Assert.DoesNotContain(" 0 ", answer.Text);
        Assert.DoesNotContain("cero", TestEngine.Folded(answer.Text));
    }

    [Fact]
    public void ExtraordinarySessionsTheDocumentDoesNotDescribeAreNotGivenAnEmptyDescription()
    {
        using var engine = TestEngine.Create(March2026, files: _file);
        var answer = engine.Ask("¿habrá sesiones extraordinarias?");
        Assert.DoesNotContain("extraordinarias:  ", answer.Text);
        Assert.DoesNotContain("extraordinarias: .", answer.Text);
    }

    [Fact]
    public void TheSessionsItDoesGiveAreAnswered()
    {
        using var engine = TestEngine.Create(March2026, files: _file);
        var answer = engine.Ask("¿cuándo es la segunda sesión ordinaria?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("junio de 2026", answer.Text);
    }

    public void Dispose() => File.Delete(_file);
}
