using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Infra;

/// <summary>
/// Builds and lints every file under infra/ once per test run (four CLI calls with glob patterns
/// instead of two per file: each start of the CLI costs seconds on a shared machine).
/// </summary>
public sealed class BicepFixture : IAsyncLifetime
{
    public const string Collection = "Bicep CLI";

    /// <summary>Stand-ins for the environment variables the .bicepparam files read at deployment time.</summary>
    public static readonly IReadOnlyDictionary<string, string?> DeploymentEnvironment = new Dictionary<string, string?>
    {
        ["PROGRAMABOT_MICROSOFT_APP_ID"] = "3f2c1a9e-5b7d-4e11-9c0a-6d8e2f4b7a15",
        ["PROGRAMABOT_MICROSOFT_APP_PASSWORD"] = "sentinel-app-password-from-environment",
        ["PROGRAMABOT_POSTGRESQL_ADMIN_PASSWORD"] = "sentinel-postgresql-password-from-environment",
        ["PROGRAMABOT_ALERT_EMAIL"] = "operaciones@example.org",
    };

    private readonly List<string> _unexpectedOutput = [];

    public string OutputDirectory { get; } = Path.Combine(Path.GetTempPath(), "programabot-bicep-" + Guid.NewGuid().ToString("N"));

    /// <summary>Every diagnostic from build and lint, by full file path.</summary>
    public ILookup<string, BicepDiagnostic> Diagnostics { get; private set; } = Enumerable.Empty<BicepDiagnostic>().ToLookup(d => d.File);

    public IReadOnlyList<string> UnexpectedOutput => _unexpectedOutput;

    public static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Repo.PathOf("infra"), "*.bicep*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".bicep", StringComparison.Ordinal) || f.EndsWith(".bicepparam", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>The compiled JSON of a source file (main.bicep → main.json, test.bicepparam → test.json).</summary>
    public string CompiledPathOf(string sourceFile)
    {
        var relative = Path.GetRelativePath(Repo.PathOf("infra"), sourceFile);
        return Path.Combine(OutputDirectory, Path.ChangeExtension(relative, ".json"));
    }

    public async Task InitializeAsync()
    {
        var all = new List<BicepDiagnostic>();
        string[][] commands =
        [
            ["lint", "--pattern", "infra/**/*.bicep"],
            ["lint", "--pattern", "infra/**/*.bicepparam"],
            ["build", "--pattern", "infra/**/*.bicep", "--outdir", OutputDirectory],
            ["build-params", "--pattern", "infra/**/*.bicepparam", "--outdir", OutputDirectory],
        ];
        // Independent runs: started together, they overlap the CLI's start-up cost.
        var results = await Task.WhenAll(commands.Select(command => BicepCli.RunAsync([.. command, "--no-restore"], DeploymentEnvironment)));
        foreach (var (command, result) in commands.Zip(results))
        {
            var diagnostics = BicepDiagnostic.Parse(result.StandardError, out var other);
            all.AddRange(diagnostics);
            _unexpectedOutput.AddRange(other.Select(line => $"bicep {command[0]}: {line}"));
            if (result.ExitCode != 0 && !diagnostics.Any(d => d.Level == "Error"))
            {
                _unexpectedOutput.Add($"bicep {string.Join(' ', command)} exited with {result.ExitCode}: {result.StandardOutput}");
            }
        }

        // Identical diagnostics come back from lint and build; keep one of each.
        Diagnostics = all.Distinct().ToLookup(d => d.File);
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(OutputDirectory))
        {
            Directory.Delete(OutputDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Shares one <see cref="BicepFixture"/> between the infra test classes.</summary>
[CollectionDefinition(BicepFixture.Collection)]
public sealed class BicepFixtureDefinition : ICollectionFixture<BicepFixture>;
