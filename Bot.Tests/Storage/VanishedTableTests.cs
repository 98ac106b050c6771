using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using ProgramaBot.BotFramework.References;
using ProgramaBot.Storage.AzureTables;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Storage;

/// <summary>
/// A table that disappears under a running bot (deleted by hand, or Azurite SIGKILLed before it saved its files —
/// bench/drills/storage-fault.sh saw every later write fail with TableNotFound) is created again on the next use.
/// </summary>
[Collection(AzuriteTests.Name)]
public sealed class VanishedTableTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AWriteAfterTheTableVanishedFailsOnceThenTheTableIsCreatedAgain()
    {
        var prefix = "Vanish" + Guid.NewGuid().ToString("N")[..8];
        var store = new TableConversationReferenceStore(new TableClients(Options.Create(
            new AzureTablesOptions { ConnectionString = azurite.ConnectionString, TablePrefix = prefix })));
        await store.UpsertAsync(Reference("a:before"), default);

        await new TableServiceClient(azurite.ConnectionString).DeleteTableAsync(prefix + "ConversationReferences");

        var failure = await Assert.ThrowsAnyAsync<RequestFailedException>(() => store.UpsertAsync(Reference("a:during"), default));
        Assert.Equal(404, failure.Status);
        await store.UpsertAsync(Reference("a:after"), default);
        Assert.NotNull(await store.GetAsync("a:after", default));
    }

    [Theory]
    [InlineData("/devstoreaccount1/ProgramaBotNoticeLog(PartitionKey='x',RowKey='y')", "ProgramaBotNoticeLog")]
    [InlineData("/ProgramaBotApprovals()", "ProgramaBotApprovals")]
    [InlineData("/devstoreaccount1/ProgramaBotApprovals", "ProgramaBotApprovals")]
    [InlineData("/devstoreaccount1/$batch", null)]
    public void TheTableIsReadFromTheRequestPath(string path, string? table)
        => Assert.Equal(table, TableNotFoundPolicy.TableNameOf(path));

    private static ConversationReference Reference(string id) => new()
    {
        ConversationId = id,
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        ConversationType = "personal",
        TenantId = "tenant",
        BotId = "28:bot",
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };
}
