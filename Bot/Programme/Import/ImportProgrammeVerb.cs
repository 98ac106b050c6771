using System.Text;
using ProgramaBot.Cli;

namespace ProgramaBot.Programme.Import;

/// <summary>
/// <c>import-programme FILE --out OUT.json [--report FILE.md]</c>: the document becomes a programme file
/// loadable through <c>Programme:Files</c>; the report goes to standard error (and to <c>--report</c>).
/// A file that cannot become a programme exits 1 with one sentence and writes nothing.
/// </summary>
public sealed class ImportProgrammeVerb(IProgrammeImporter importer) : ICliVerb
{
    public string Name => "import-programme";

    internal TextWriter Error { get; init; } = Console.Error;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        string? file = null, output = null, report = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Count:
                    output = args[++i];
                    break;
                case "--report" when i + 1 < args.Count:
                    report = args[++i];
                    break;
                case var a when !a.StartsWith("--", StringComparison.Ordinal) && file is null:
                    file = a;
                    break;
                default:
                    return await Usage($"Argumento no reconocido: «{args[i]}».");
            }
        }

        if (file is null || output is null)
        {
            return await Usage("Faltan el archivo a importar o --out.");
        }

        ImportResult result;
        try
        {
            await using var stream = File.OpenRead(file);
            result = importer.Import(stream, Path.GetFileName(file));
        }
        catch (ProgrammeImportException e)
        {
            await Error.WriteLineAsync($"No se importó «{file}»: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Error.WriteLineAsync($"No se puede leer «{file}»: {e.Message}");
            return 1;
        }

        var markdown = ImportReportBuilder.ToMarkdown(result.Report, result.Programme);
        try
        {
            // Written whole to a temporary file first: a failure never leaves a half-written programme behind.
            var full = Path.GetFullPath(output);
            var temporary = full + ".tmp";
            await File.WriteAllTextAsync(temporary, ProgrammeJson.Write(result.Programme), new UTF8Encoding(false), cancellationToken);
            File.Move(temporary, full, overwrite: true);
            if (report is not null)
            {
                await File.WriteAllTextAsync(report, markdown, new UTF8Encoding(false), cancellationToken);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Error.WriteLineAsync($"No se pudo escribir el resultado: {e.Message}");
            return 1;
        }

        await Error.WriteAsync(markdown);
        return 0;
    }

    private async Task<int> Usage(string problem)
    {
        await Error.WriteLineAsync(problem + " Uso: import-programme ARCHIVO --out PROGRAMA.json [--report INFORME.md]");
        return 2;
    }
}
