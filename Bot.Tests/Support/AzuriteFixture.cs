using System.Diagnostics;

namespace ProgramaBot.Tests.Support;

/// <summary>
/// The real Azure Table Storage emulator (npm azurite, pinned in package-lock.json), in memory on a free port.
/// Shared by a test collection; each test should use its own table prefix.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private Process? _process;

    public int Port { get; private set; }

    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public async Task InitializeAsync()
    {
        var azurite = Repo.PathOf("node_modules", ".bin", "azurite-table");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException("Azurite is not installed: run ./test.sh (it runs 'npm ci') or 'npm ci' first.");
        }

        Port = FreePort.Next();
        var start = new ProcessStartInfo(azurite)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var arg in new[] { "--inMemoryPersistence", "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--disableTelemetry", "--skipApiVersionCheck", "--loose", "--silent" })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await FreePort.WaitUntilListeningAsync(Port, TimeSpan.FromSeconds(30));
    }

    /// <summary>Stops the emulator (storage-fault tests); <see cref="InitializeAsync"/> is not re-entrant.</summary>
    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Tests that share one Azurite: [Collection(AzuriteTests.Name)].</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteTests : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
