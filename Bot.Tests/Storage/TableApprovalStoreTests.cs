using Microsoft.Extensions.Options;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.Storage.AzureTables;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Storage;

/// <summary>The same contract against the real Azure Table Storage emulator; each test gets its own tables.</summary>
[Collection(AzuriteTests.Name)]
public sealed class TableApprovalStoreTests(AzuriteFixture azurite) : ApprovalStoreContract
{
    private readonly string _prefix = "T" + Guid.NewGuid().ToString("N");
    private TableClients? _tables;

    private TableClients Tables => _tables ??= Clients();

    protected override IApprovalStore CreateStore() => new TableApprovalStore(Tables);

    protected override IRequestFolios CreateFolios() => new TableApprovalFolios(Tables);

    /// <summary>Its own clients over the same tables, as a second instance has.</summary>
    protected override IRequestFolios CreateSiblingFolios() => new TableApprovalFolios(Clients());

    protected override async Task ForgetPublicationAsync(string requestId)
    {
        var table = await Tables.GetAsync("Approvals", default);
        Assert.Equal(204, (await table.DeleteEntityAsync(TableKeys.Encode(requestId), "publication")).Status);
    }

    private TableClients Clients() => new(Options.Create(new AzureTablesOptions
    {
        ConnectionString = azurite.ConnectionString,
        TablePrefix = _prefix,
    }));
}
