using ProgramaBot.Approvals.Storage;
using ProgramaBot.Storage.Sqlite;
using ProgramaBot.Tests.Approvals;

namespace ProgramaBot.Tests.Storage;

public sealed class SqliteApprovalStoreTests : ApprovalStoreContract, IDisposable
{
    private readonly TempSqliteDatabase _sqlite = new();

    protected override IApprovalStore CreateStore() => new SqliteApprovalStore(_sqlite.Database);

    protected override IRequestFolios CreateFolios() => new SqliteApprovalFolios(_sqlite.Database);

    protected override IRequestFolios CreateSiblingFolios() => new SqliteApprovalFolios(_sqlite.SameFile());

    protected override async Task ForgetPublicationAsync(string requestId)
    {
        await using var connection = await _sqlite.Database.OpenAsync(default);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM approval_publications WHERE request_id = $id";
        command.Parameters.AddWithValue("$id", requestId);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task TheAuditTrailCannotBeRewritten()
    {
        var store = CreateStore();
        await store.CreateAsync(ApprovalTestData.Request("SOL-AUDIT"), [ApprovalTestData.Created()], default);
        await using var connection = await _sqlite.Database.OpenAsync(default);
        await using var command = connection.CreateCommand();

        command.CommandText = "UPDATE approval_audit SET body = '{}'";
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => command.ExecuteNonQueryAsync());
        command.CommandText = "DELETE FROM approval_audit";
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => command.ExecuteNonQueryAsync());
        Assert.Single(await store.GetAuditAsync("SOL-AUDIT", default));
    }

    public void Dispose() => _sqlite.Dispose();
}
