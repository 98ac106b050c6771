using ProgramaBot.Cli;

namespace ProgramaBot.Manifest;

/// <summary>
/// <c>dotnet run --project Bot -- package-manifest [--out DIR] [--template DIR]</c>: fills the Teams
/// manifest template from configuration and writes DIR/appPackage.zip (default DIR: ./artifacts).
/// Exit codes: 0 written, 1 configuration or template problem, 2 wrong arguments.
/// </summary>
public sealed partial class PackageManifestVerb : ICliVerb
{
    private const string Usage =
        "Uso / usage: package-manifest [--out CARPETA] [--template CARPETA]\n" +
        "  --out       carpeta de salida del appPackage.zip (predeterminada: ./artifacts)\n" +
        "  --template  carpeta con manifest.json, color.png y outline.png (predeterminada: la copiada junto al bot)\n" +
        "Configuración requerida / required settings: MicrosoftAppId, Manifest:BaseUrl, Manifest:PrivacyUrl, Manifest:TermsOfUseUrl\n" +
        "Opcional / optional: Manifest:TeamsAppId, Manifest:Version. Vía variables de entorno (Manifest__BaseUrl), " +
        "appsettings, user-secrets o --Manifest:BaseUrl=https://… en esta línea.";

    private readonly IConfiguration _configuration;
    private readonly ILogger<PackageManifestVerb> _logger;
    private readonly TextWriter _out;
    private readonly TextWriter _error;

    public PackageManifestVerb(IConfiguration configuration, ILogger<PackageManifestVerb> logger)
        : this(configuration, logger, Console.Out, Console.Error)
    {
    }

    internal PackageManifestVerb(IConfiguration configuration, ILogger<PackageManifestVerb> logger, TextWriter output, TextWriter error)
    {
        _configuration = configuration;
        _logger = logger;
        _out = output;
        _error = error;
    }

    public string Name => "package-manifest";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (PackageManifestArguments.Parse(args) is not { } arguments)
        {
            await _error.WriteLineAsync(Usage);
            return 2;
        }

        if (arguments.Help)
        {
            await _out.WriteLineAsync(Usage);
            return 0;
        }

        var read = ManifestSettingsReader.Read(_configuration);
        if (read.Settings is not { } settings)
        {
            await _error.WriteLineAsync("No se generó el paquete de Teams. / The Teams app package was not written.");
            foreach (var problem in read.Problems)
            {
                await _error.WriteLineAsync("  - " + problem);
            }

            return 1;
        }

        try
        {
            var template = ManifestTemplate.Load(arguments.TemplateDirectory ?? ManifestTemplate.DefaultDirectory);
            var path = AppPackageWriter.Write(arguments.OutputDirectory, template.Fill(settings), template.Icons);
            LogPackageWritten(_logger, path);
            await _out.WriteLineAsync(path);
            return 0;
        }
        catch (Exception e) when (e is ManifestPackagingException or IOException or UnauthorizedAccessException)
        {
            await _error.WriteLineAsync("No se generó el paquete de Teams. / The Teams app package was not written.\n  - " + e.Message);
            return 1;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams app package written to {Path}")]
    private static partial void LogPackageWritten(ILogger logger, string path);
}
