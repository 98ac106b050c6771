using System.Diagnostics;
using System.Text.Json;
using ProgramaBot.Programme;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Programme.Import;

/// <summary>The verb through the built program, as <c>dotnet run --project Bot -c Release -- import-programme</c> runs it.</summary>
public sealed class ImportProgrammeVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("programabot-import-").FullName;

    [Fact]
    public async Task TheTranscriptionBecomesALoadableFileAndTheReportGoesToStandardError()
    {
        var output = Path.Combine(_folder, "programa-2021.json");
        var report = Path.Combine(_folder, "informe.md");

        var (exit, stdout, stderr) = await Run([], "import-programme", RoundTripTests.Transcription, "--out", output, "--report", report);

        Assert.Equal(0, exit);
        Assert.Equal("", stdout);
        Assert.Contains("| Líneas de acción | 19 |", stderr);
        Assert.Contains("dice 2020, pero el título del programa dice 2021", stderr);
        Assert.Equal(stderr.Trim(), (await File.ReadAllTextAsync(report)).Trim());
        Assert.Equal(2021, ProgrammeLoader.LoadFile(output).Year);
    }

    [Fact]
    public async Task AskAnswersFromTheImportedFileAndTheSimulatedClockGivenByEnvironment()
    {
        var output = Path.Combine(_folder, "programa-2021.json");
        Assert.Equal(0, (await Run([], "import-programme", RoundTripTests.Transcription, "--out", output)).Exit);

        var (exit, stdout, _) = await Run(
            [("Programme__IncludeBuiltIn", "false"), ("Programme__Files__0", output), ("Time__SimulatedStart", "2021-07-01T12:00:00Z")],
            "ask", "¿cuál es la próxima sesión?");

        Assert.Equal(0, exit);
        var answer = JsonDocument.Parse(stdout).RootElement.GetProperty("answer").GetString();
        Assert.Contains("Sesión Ordinaria III", answer);
        Assert.Contains("septiembre de 2021", answer);
    }

    [Fact]
    public async Task ABadFileExitsNonZeroWithOneMessageAndWritesNoOutput()
    {
        var bad = Path.Combine(_folder, "dañado.docx");
        await File.WriteAllBytesAsync(bad, [0x50, 0x4B, 3, 4, 1, 2, 3]);
        var output = Path.Combine(_folder, "no-debe-existir.json");

        var (exit, _, stderr) = await Run([], "import-programme", bad, "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains("no es un documento de Word (DOCX) válido", stderr);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task MissingArgumentsExitWithUsage()
        => Assert.Equal(2, (await Run([], "import-programme", RoundTripTests.Transcription)).Exit);

    private static async Task<(int Exit, string Stdout, string Stderr)> Run((string Key, string Value)[] environment, params string[] args)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Repo.PathOf("Bot", "bin", configuration, "net10.0", "ProgramaBot.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Storage__DataFolder"] = Path.Combine(Path.GetTempPath(), "programabot-tests", Guid.NewGuid().ToString("N"));
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(90));
        return (process.ExitCode, await stdout, await stderr);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
