using Microsoft.Extensions.Options;
using ProgramaBot.Storage.AzureTables;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Storage;

public static class AzuriteTables
{
    /// <summary>
    /// Tables of their own on the shared emulator: every call a fresh table prefix (<paramref name="prefix"/> and a GUID),
    /// so tests running against one Azurite never see each other's rows.
    /// </summary>
    public static TableClients FreshTables(this AzuriteFixture azurite, string prefix = "T")
        => new(Options.Create(new AzureTablesOptions { ConnectionString = azurite.ConnectionString, TablePrefix = prefix + Guid.NewGuid().ToString("N") }));
}
