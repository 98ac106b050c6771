using Microsoft.Extensions.Options;
using ProgramaBot.Storage.AzureTables;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Reliability;

/// <summary>
/// An instance whose first use of Azure Table Storage happens during an outage must reach storage once it is back
/// (bench/drills/storage-fault.sh, phase D). Real Azurite, started after the first failed call on the same port.
/// </summary>
public sealed class TableStorageColdStartTests
{
    // Regression: TableClients used to cache the first, failed table creation forever.
    [Fact]
    public async Task TheFirstFailureIsNotCachedForever()
    {
        var azurite = Repo.PathOf("node_modules", ".bin", "azurite-table");
        Assert.True(File.Exists(azurite), "Azurite is not installed: run ./test.sh (it runs 'npm ci') or 'npm ci' first.");
        var port = FreePort.Next();
        var tables = new TableClients(Options.Create(new AzureTablesOptions
        {
            ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
                + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
                + $"TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;",
            TablePrefix = "ColdStart",
        }));

        // Storage down at the first use.
        await Assert.ThrowsAnyAsync<Exception>(() => tables.GetAsync("references", CancellationToken.None));

        await using var emulator = ChildProcess.Start(azurite,
            ["--inMemoryPersistence", "--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
             "--disableTelemetry", "--skipApiVersionCheck", "--loose", "--silent"], workingDirectory: Path.GetTempPath());
        await FreePort.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(30));

        // Storage back: the next use must succeed.
        var client = await tables.GetAsync("references", CancellationToken.None);
        Assert.NotNull(client);
    }
}
