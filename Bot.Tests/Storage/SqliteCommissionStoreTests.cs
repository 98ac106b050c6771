using ProgramaBot.Commission;
using ProgramaBot.Storage.Sqlite;

namespace ProgramaBot.Tests.Storage;

public sealed class SqliteCommissionStoreTests : CommissionStoreContract, IDisposable
{
    private readonly TempSqliteDatabase _sqlite = new();

    protected override ICommissionStore CreateStore() => new SqliteCommissionStore(_sqlite.Database);

    public void Dispose() => _sqlite.Dispose();
}
