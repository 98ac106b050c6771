using ProgramaBot.Programme;
using ProgramaBot.Programme.Import;
using static ProgramaBot.Tests.Programme.Import.Line;

namespace ProgramaBot.Tests.Programme.Import;

/// <summary>Each format, in the variations the institute's documents take from year to year, written by the tests themselves.</summary>
public sealed class ProgrammeImporterTests
{
    private readonly ProgrammeImporter _importer = new();

    private const string Title = "PROGRAMA ANUAL DE TRABAJO 2026 DE LA COMISIÓN DE SEGUIMIENTO DEL SERVICIO PROFESIONAL ELECTORAL NACIONAL DEL INSTITUTO ELECTORAL Y DE PARTICIPACIÓN CIUDADANA DEL ESTADO DE DURANGO";
    private const string Legal = "El artículo 22, numeral 1, fracción I, del Reglamento de Comisiones del Consejo General del Instituto Electoral y de Participación Ciudadana del Estado de Durango establece que las comisiones permanentes presentarán su Programa Anual de Trabajo.";

    /// <summary>Roman apartados, «Marco Jurídico», «Objetivos específicos y líneas de acción», sessions in a table by exact date, an extra apartado.</summary>
    private static List<Line> RomanWithTableAndExtraApartado() =>
    [
        new(Title),
        new("Introducción breve del programa de la Comisión."),
        H("I. Marco Jurídico"),
        new(Legal),
        new("MAGS"),
        H("II. Objetivos generales"),
        L("2.1 Dar seguimiento al Concurso Público 2026."),
        L("2.2 Dar seguimiento a la Evaluación del Desempeño."),
        L("2.3 Operar el Programa de Incentivos."),
        L("2.4 Atender las inconformidades."),
        H("III. Objetivos específicos y líneas de acción"),
        new("3.1 Seguimiento al Concurso Público 2026."),
        new("3.1.1 Coordinar con la DESPEN las etapas del concurso."),
        new("3.1.2 Presentar el informe del concurso."),
        new("3.2 Seguimiento a la Evaluación del Desempeño."),
        new("3.2.1 Dar seguimiento a las metas."),
        new("3.3 Operación del Programa de Incentivos."),
        new("3.3.1 Autorizar los dictámenes de incentivos."),
        new("3.4 Atención de inconformidades."),
        new("3.4.1 Conocer los informes del Órgano de Enlace."),
        new("3.4.2 Conocer los proyectos de resolución."),
        H("IV. Calendario de sesiones"),
        Row("Sesión", "Fecha"),
        Row("Primera Sesión Ordinaria", "12 de febrero de 2026"),
        Row("Segunda Sesión Ordinaria", "14 de mayo de 2026"),
        Row("Tercera Sesión Ordinaria", "13 de agosto de 2026"),
        new("Nota: Las fechas podrán cambiar según la agenda de las Consejeras."),
        H("V. Seguimiento y evaluación"),
        new("La Secretaría Técnica informará trimestralmente del avance del programa."),
    ];

    [Fact]
    public void ADocxWithRomanApartadosATableOfExactDatesAndAnExtraApartadoImports()
    {
        var result = Import(TestDocuments.Docx(RomanWithTableAndExtraApartado(), header: "IEPC Durango — Programa 2026", footer: "Página 1"), "programa-2026.docx");
        var p = result.Programme;

        Assert.Equal("DOCX", result.Report.Format);
        Assert.Equal(2026, p.Year);
        Assert.Equal(["I", "II", "III", "IV", "V"], p.Sections.Select(s => s.Number));
        Assert.Equal([ApartadoPart.LegalFramework, ApartadoPart.Objectives, ApartadoPart.ActionLines, ApartadoPart.Sessions, ApartadoPart.Other], p.Sections.Select(s => s.Part));
        Assert.Equal(["La Secretaría Técnica informará trimestralmente del avance del programa."], p.Sections[4].Paragraphs);
        Assert.Equal(["2.1", "2.2", "2.3", "2.4"], p.Objectives.Select(o => o.Number));
        Assert.Equal(["3.1", "3.2", "3.3", "3.4"], p.SpecificObjectives.Select(o => o.Number));
        Assert.Equal("2.4", p.SpecificObjectives[3].Objective);
        Assert.Equal(["3.1.1", "3.1.2", "3.2.1", "3.3.1", "3.4.1", "3.4.2"], p.ActionLines.Select(l => l.Number));
        Assert.Equal([new DateOnly(2026, 2, 12), new DateOnly(2026, 5, 14), new DateOnly(2026, 8, 13)], p.Sessions.Ordinary.Select(s => s.Date!.Value));
        Assert.All(p.Sessions.Ordinary, s => Assert.Null(s.StartsAt)); // a day without an hour gets no invented time
        Assert.Equal(["Sesión Ordinaria I", "Sesión Ordinaria II", "Sesión Ordinaria III"], p.Sessions.Ordinary.Select(s => s.Name));
        Assert.Equal("Las fechas podrán cambiar según la agenda de las Consejeras.", p.Sessions.DatesNote);
        var basis = Assert.Single(p.LegalBases);
        Assert.Equal(("22", "numeral 1, fracción I", "I"), (basis.Article, basis.Provision, basis.Source));
        Assert.Contains(result.Report.Noise, n => n.Contains("MAGS", StringComparison.Ordinal));
        Assert.Contains(result.Report.Noise, n => n.Contains("IEPC Durango — Programa 2026", StringComparison.Ordinal));
        Assert.Contains(result.Report.Parts, part => part is { Label: "Apartados adicionales", Count: 1 });
        Assert.Empty(result.Report.NotPlaced);
    }

    /// <summary>Arabic apartados, «Fundamento legal», «Líneas de acción», sessions as a list named «1a. Sesión Ordinaria» by month.</summary>
    private static List<Line> ArabicWithListOfMonths() =>
    [
        new(Title),
        new("Contenido"),
        new("1. Fundamento legal"),
        new("2. Objetivos generales"),
        new("3. Líneas de acción"),
        new("4. Programación de sesiones"),
        new("Presentación del programa de trabajo de la Comisión para el ejercicio."),
        new("1. Fundamento legal"),
        new(Legal),
        new("2. Objetivos generales"),
        new("La Comisión se plantea los siguientes objetivos:"),
        new("2.1 Dar seguimiento al Concurso Público 2026."),
        new("2.2 Dar seguimiento a la Evaluación del Desempeño."),
        new("3. Líneas de acción"),
        new("3.1 Seguimiento al Concurso Público 2026."),
        new("Líneas de acción"),
        new("3.1.1 Coordinar con la DESPEN las etapas del concurso."),
        new("3.2 Seguimiento a la Evaluación del Desempeño."),
        new("Líneas de acción"),
        new("3.2.1 Dar seguimiento a las metas."),
        new("3.2.2 Autorizar las solicitudes de modificación de metas."),
        new("4. Programación de sesiones"),
        new("La Comisión celebrará 4 sesiones ordinarias:"),
        L("1a. Sesión Ordinaria: marzo"),
        L("2a. Sesión Ordinaria: junio"),
        L("3a. Sesión Ordinaria: septiembre"),
        L("4a. Sesión Ordinaria: diciembre"),
    ];

    [Fact]
    public void APdfWithArabicApartadosAListOfMonthsAndPageNoiseImports()
    {
        var result = Import(TestDocuments.Pdf(ArabicWithListOfMonths(), runningHeader: "Comisión de Seguimiento del Servicio — PAT 2026"), "programa-2026.pdf");
        var p = result.Programme;

        Assert.Equal("PDF", result.Report.Format);
        Assert.Equal(["1", "2", "3", "4"], p.Sections.Select(s => s.Number));
        Assert.Equal(["2.1", "2.2"], p.Objectives.Select(o => o.Number));
        Assert.Equal("La Comision se plantea los siguientes objetivos:", p.ObjectivesIntroduction);
        Assert.Equal(["3.1.1", "3.2.1", "3.2.2"], p.ActionLines.Select(l => l.Number));
        Assert.Equal([3, 6, 9, 12], p.Sessions.Ordinary.Select(s => s.Month));
        Assert.All(p.Sessions.Ordinary, s => Assert.Null(s.Date));
        Assert.Equal(4, p.Sessions.OrdinaryCount);
        Assert.Contains(result.Report.Noise, n => n.StartsWith("«2» (", StringComparison.Ordinal)); // the page number
        Assert.Contains(result.Report.Noise, n => n.StartsWith("«Comision de Seguimiento del Servicio - PAT 2026» (encabezado", StringComparison.Ordinal));
        Assert.Contains(result.Report.Noise, n => n.Contains("(índice)", StringComparison.Ordinal));
        Assert.Contains("El documento no dice cuántos integrantes tiene la Comisión: el dato queda vacío.", result.Report.Warnings);
        Assert.DoesNotContain(result.Report.Warnings, w => w.Contains("Falta", StringComparison.Ordinal));
    }

    /// <summary>Unnumbered Markdown headings, bullets, «Ordinaria I» in a table; a gap, a line without parent, a session without a month.</summary>
    [Fact]
    public void UnnumberedMarkdownImportsByPositionAndWarnsOfGapsOrphansAndMonthlessSessions()
    {
        List<Line> lines =
        [
            new(Title),
            H("Marco Legal"),
            new(Legal),
            H("Objetivos generales"),
            new("2.1 Dar seguimiento al Concurso Público 2026."),
            new("2.3 Operar el Programa de Incentivos."),
            H("Objetivos específicos y líneas de acción"),
            new("3.1 Seguimiento al Concurso Público 2026."),
            new("3.1.1 Coordinar con la DESPEN las etapas del concurso."),
            new("3.3 Operación del Programa de Incentivos."),
            new("3.3.1 Autorizar los dictámenes de incentivos."),
            new("3.4.1 Una línea sin su objetivo específico."),
            H("Calendario de sesiones 2025"),
            Row("SESIÓN", "MES"),
            Row("Ordinaria I", "Marzo"),
            Row("Ordinaria II", "por definir"),
            Row("Ordinaria III", "Septiembre"),
        ];
        var result = Import(TestDocuments.Markdown(lines), "programa-2026.md");
        var p = result.Programme;

        Assert.Equal("Texto", result.Report.Format);
        Assert.Equal(["1", "2", "3", "4"], p.Sections.Select(s => s.Number));
        Assert.Equal(["2.1", "2.3"], p.Objectives.Select(o => o.Number));
        Assert.Equal(["3.1.1", "3.3.1"], p.ActionLines.Select(l => l.Number));
        Assert.Equal([1, 3], p.Sessions.Ordinary.Select(s => s.Ordinal));
        var warnings = string.Join('\n', result.Report.Warnings);
        Assert.Contains("Falta el número 2.2", warnings);
        Assert.Contains("La línea de acción 3.4.1 no tiene el objetivo específico 3.4", warnings);
        Assert.Contains("La Sesión Ordinaria II no indica mes", warnings);
        Assert.Contains("dice 2025, pero el título del programa dice 2026", warnings);
        Assert.Contains(result.Report.NotPlaced, n => n.Contains("3.4.1", StringComparison.Ordinal));
        Assert.Contains(result.Report.NotPlaced, n => n.Contains("Ordinaria II", StringComparison.Ordinal));
        Assert.NotNull(p.Sessions.HeadingNote);
    }

    /// <summary>Word's automatic numbering is not text: unnumbered headings and list items are numbered by their position.</summary>
    [Fact]
    public void ADocxNumberedOnlyByWordsListsIsNumberedByPosition()
    {
        List<Line> lines =
        [
            new(Title),
            H("Fundamento legal"), new(Legal),
            H("Objetivos generales"), L("Dar seguimiento al Concurso Público 2026."), L("Operar el Programa de Incentivos."),
            H("Objetivos específicos y líneas de acción"),
            new("Seguimiento al Concurso Público 2026."), H("Líneas de acción"), L("Coordinar las etapas del concurso."), L("Presentar el informe del concurso."),
            new("Operación del Programa de Incentivos."), H("Líneas de acción"), L("Autorizar los dictámenes de incentivos."),
            H("Calendario de sesiones"), Row("Ordinaria I", "Abril"), Row("Ordinaria II", "Octubre"),
        ];
        var p = Import(TestDocuments.Docx(lines), "sin-numeros.docx").Programme;

        Assert.Equal(["1", "2", "3", "4"], p.Sections.Select(s => s.Number));
        Assert.Equal([("2.1", "Dar seguimiento al Concurso Público 2026."), ("2.2", "Operar el Programa de Incentivos.")], p.Objectives.Select(o => (o.Number, o.Text)));
        Assert.Equal([("3.1", "2.1"), ("3.2", "2.2")], p.SpecificObjectives.Select(o => (o.Number, o.Objective)));
        Assert.Equal([("3.1.1", "Coordinar las etapas del concurso."), ("3.1.2", "Presentar el informe del concurso."), ("3.2.1", "Autorizar los dictámenes de incentivos.")],
            p.ActionLines.Select(l => (l.Number, l.Text)));
    }

    [Theory]
    [InlineData("Primera Sesión Ordinaria — 15 de marzo de 2026", 1, 3, 15)]
    [InlineData("1a. Sesión Ordinaria, 16/04/2026", 1, 4, 16)]
    [InlineData("Sesión Ordinaria III | Octubre", 3, 10, 0)]
    [InlineData("Cuarta Sesión Ordinaria: 2026-11-20", 4, 11, 20)]
    public void SessionNamesAndDatesAreReadInTheirUsualWordings(string text, int ordinal, int month, int day)
    {
        var line = SessionLine.TryRead(text, 2026);

        Assert.NotNull(line);
        Assert.Equal((ordinal, month), (line.Ordinal, line.Month));
        Assert.Equal(day == 0 ? null : new DateOnly(2026, month, day), line.Date);
    }

    [Fact]
    public void MoreObjectivesAndLinesThanTheTranscriptionAreAllKept()
    {
        var lines = new List<Line> { new(Title), H("1. Marco Legal"), new(Legal), H("2. Objetivos Generales") };
        lines.AddRange(Enumerable.Range(1, 12).Select(i => new Line($"2.{i} Objetivo general número {i} del programa.")));
        lines.Add(H("3. Líneas de Acción"));
        foreach (var i in Enumerable.Range(1, 12))
        {
            lines.Add(new($"3.{i} Objetivo específico número {i}."));
            lines.AddRange(Enumerable.Range(1, 3).Select(j => new Line($"3.{i}.{j} Línea {j} del objetivo {i}.")));
        }

        lines.AddRange([H("4. Programación de Sesiones"), Row("Ordinaria I", "Enero"), Row("Ordinaria II", "Julio")]);
        var p = Import(TestDocuments.Markdown(lines), "largo.md").Programme;

        Assert.Equal(12, p.Objectives.Count);
        Assert.Equal(12, p.SpecificObjectives.Count);
        Assert.Equal(36, p.ActionLines.Count);
        Assert.Equal("3.12.3", p.ActionLines[^1].Number);
    }

    [Fact]
    public void ASessionGivenWithItsHourStartsAtThatHourInTheCommissionsZone()
    {
        List<Line> lines =
        [
            new(Title), H("Marco Legal"), new(Legal), H("Objetivos generales"), new("2.1 Dar seguimiento al Concurso."),
            H("Líneas de acción"), new("3.1 Seguimiento al Concurso."), new("3.1.1 Coordinar las etapas."),
            H("Programación"), L("Primera Sesión Ordinaria: 12 de febrero de 2026, 11:00 horas"), L("Segunda Sesión Ordinaria: 14 de mayo de 2026"),
        ];
        var sessions = Import(TestDocuments.Markdown(lines), "horas.md").Programme.Sessions.Ordinary;

        Assert.Equal(new DateTimeOffset(2026, 2, 12, 11, 0, 0, TimeSpan.FromHours(-6)), sessions[0].StartsAt);
        Assert.Null(sessions[0].Date);
        Assert.Equal((new DateOnly(2026, 5, 14), (DateTimeOffset?)null), (sessions[1].Date!.Value, sessions[1].StartsAt));
    }

    [Fact]
    public void RomanItemNumbersBecomeArabicAndARepeatedNumberIsReported()
    {
        List<Line> lines =
        [
            new(Title), H("I. Marco Legal"), new(Legal), H("II. Objetivos generales"),
            new("II.1 Dar seguimiento al Concurso Público 2026."), new("II.2 Operar el Programa de Incentivos."),
            H("III. Líneas de acción"), new("III.1 Seguimiento al Concurso."), new("III.1.1 Coordinar las etapas."),
            new("III.2 Operación de Incentivos."), new("III.2.1 Autorizar dictámenes."), new("III.2.1 Otra línea con el mismo número."),
            H("IV. Programación"), Row("Ordinaria I", "Marzo"),
        ];
        var result = Import(TestDocuments.Markdown(lines), "romanos.md");

        Assert.Equal(["2.1", "2.2"], result.Programme.Objectives.Select(o => o.Number));
        Assert.Equal(["3.1.1", "3.2.1"], result.Programme.ActionLines.Select(l => l.Number));
        Assert.Equal("2.2", result.Programme.SpecificObjectives[1].Objective);
        Assert.Contains("El número 3.2.1 se repite (línea de acción); se conservó el primero.", result.Report.Warnings);
        Assert.Contains("III.2.1 Otra línea con el mismo número.", result.Report.NotPlaced);
    }

    [Fact]
    public void TheReportShowsRunsOfNumbersAndEverySection()
    {
        using var file = File.OpenRead(RoundTripTests.Transcription);
        var result = _importer.Import(file, "programa-2021.txt");
        var markdown = ImportReportBuilder.ToMarkdown(result.Report, result.Programme);

        Assert.Contains(result.Report.Parts, p => p is { Label: "Objetivos generales", Count: 9, Numbers: "2.1–2.9" });
        Assert.Contains(result.Report.Parts, p => p is { Label: "Líneas de acción", Count: 19 } && p.Numbers.StartsWith("3.1.1–3.1.2, 3.2.1–3.2.4, ", StringComparison.Ordinal));
        Assert.Contains("## Advertencias (", markdown);
        Assert.Contains("## Párrafos no ubicados (1)", markdown);
        Assert.Contains("«MAGS» (iniciales o sello)", markdown);
    }

    private ImportResult Import(byte[] bytes, string name)
    {
        using var stream = new MemoryStream(bytes);
        var result = _importer.Import(stream, name);
        Assert.Empty(ProgrammeValidator.Validate(result.Programme));
        return result;
    }
}
