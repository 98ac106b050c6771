using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.Storage;
using ProgramaBot.Storage.Sqlite;

namespace ProgramaBot.Tests.Storage;

public sealed class SqliteApprovalStoreTests : ApprovalStoreContract, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "programabot-tests", "sqlite-" + Guid.NewGuid().ToString("N"));

    internal SqliteDatabase Database { get; }

    public SqliteApprovalStoreTests()
        => Database = new SqliteDatabase(Options.Create(new StorageOptions { DataFolder = _folder }), new TestHostEnvironment());

    protected override IApprovalStore CreateStore() => new SqliteApprovalStore(Database);

    [Fact]
    public async Task TheAuditTrailCannotBeRewritten()
    {
        var store = CreateStore();
        await store.CreateAsync(Approvals.ApprovalTestData.Request("SOL-AUDIT"), [Approvals.ApprovalTestData.Created()], default);
        await using var connection = await Database.OpenAsync(default);
        await using var command = connection.CreateCommand();

        command.CommandText = "UPDATE approval_audit SET body = '{}'";
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => command.ExecuteNonQueryAsync());
        command.CommandText = "DELETE FROM approval_audit";
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => command.ExecuteNonQueryAsync());
        Assert.Single(await store.GetAuditAsync("SOL-AUDIT", default));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private sealed class TestHostEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";
        public string ApplicationName { get; set; } = "ProgramaBot.Tests";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
