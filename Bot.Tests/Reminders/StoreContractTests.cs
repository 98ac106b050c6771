using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using ProgramaBot.Reminders.Delivery;
using ProgramaBot.Reminders.Schedule;
using ProgramaBot.Reminders.Subscriptions;
using ProgramaBot.Storage;
using ProgramaBot.Storage.AzureTables;
using ProgramaBot.Storage.Sqlite;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Reminders;

public sealed class SqliteReminderStoreTests : StoreContract, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "programabot-tests", Guid.NewGuid().ToString("N"));
    private readonly SqliteDatabase _database;

    public SqliteReminderStoreTests()
    {
        _database = new SqliteDatabase(Options.Create(new StorageOptions { DataFolder = _folder }), new HostingEnvironment { ContentRootPath = _folder });
        Schedule = new SqliteReminderScheduleStore(_database);
        Subscriptions = new SqliteReminderSubscriptionStore(_database);
        Log = new SqliteNoticeLog(_database);
    }

    protected override IScheduleStore Schedule { get; }
    protected override ISubscriptionStore Subscriptions { get; }
    protected override INoticeLog Log { get; }

    public void Dispose()
    {
        _database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

[Collection(AzuriteTests.Name)]
public sealed class TableReminderStoreTests : StoreContract
{
    public TableReminderStoreTests(AzuriteFixture azurite)
    {
        var tables = new TableClients(Options.Create(new AzureTablesOptions
        {
            ConnectionString = azurite.ConnectionString,
            TablePrefix = "t" + Guid.NewGuid().ToString("N")[..12],
        }));
        Schedule = new TableReminderScheduleStore(tables);
        Subscriptions = new TableReminderSubscriptionStore(tables);
        Log = new TableNoticeLog(tables);
    }

    protected override IScheduleStore Schedule { get; }
    protected override ISubscriptionStore Subscriptions { get; }
    protected override INoticeLog Log { get; }
}
