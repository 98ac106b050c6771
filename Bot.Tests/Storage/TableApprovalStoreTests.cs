using ProgramaBot.Approvals.Storage;
using ProgramaBot.Storage.AzureTables;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Storage;

/// <summary>The same contract against the real Azure Table Storage emulator; each test gets its own tables.</summary>
[Collection(AzuriteTests.Name)]
public sealed class TableApprovalStoreTests(AzuriteFixture azurite) : ApprovalStoreContract
{
    private readonly TableClients _tables = azurite.FreshTables();

    protected override IApprovalStore CreateStore() => new TableApprovalStore(_tables);

    protected override async Task ForgetPublicationAsync(string requestId)
    {
        var table = await _tables.GetAsync("Approvals", default);
        Assert.Equal(204, (await table.DeleteEntityAsync(TableKeys.Encode(requestId), "publication")).Status);
    }
}
