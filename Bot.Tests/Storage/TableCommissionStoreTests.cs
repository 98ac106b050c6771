using ProgramaBot.Commission;
using ProgramaBot.Storage.AzureTables;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Storage;

/// <summary>The same contract against the real Azure Table Storage emulator; each test gets its own tables.</summary>
[Collection(AzuriteTests.Name)]
public sealed class TableCommissionStoreTests(AzuriteFixture azurite) : CommissionStoreContract
{
    private readonly TableClients _tables = azurite.FreshTables("C");

    protected override ICommissionStore CreateStore() => new TableCommissionStore(_tables);
}
