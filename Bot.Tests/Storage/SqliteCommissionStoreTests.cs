using ProgramaBot.Commission;
using ProgramaBot.Storage.Sqlite;

namespace ProgramaBot.Tests.Storage;

public sealed class SqliteCommissionStoreTests : CommissionStoreContract, IDisposable
{
    /// <summary>A roster as a build from before roles were an enum saved it: roles as the strings it wrote.</summary>
    private const string RosterStoredBeforeRolesWereAnEnum = """
        {"Revision":1,"Members":[
        {"Name":"Mtra. Laura","TeamsId":"29:laura","AadObjectId":"aad-laura","Role":"Presidenta","Title":"Presidenta","Gender":"F"},
        {"Name":"Lic. Pedro","TeamsId":"29:pedro","AadObjectId":null,"Role":"Integrante","Title":"Consejero Electoral","Gender":"M"}],
        "SecretarioTecnico":{"Name":"Mtro. Secretario","TeamsId":"29:st","AadObjectId":"aad-st","Role":"SecretariaTecnica","Title":"Secretario T\u00E9cnico","Gender":"M"},
        "ConversationId":"19:comision@thread.tacv2","Conversation":null,"SavedAt":"2021-09-15T10:00:00-06:00","SavedBy":"Mtro. Secretario","SavedById":"aad-st"}
        """;

    private readonly TempSqliteDatabase _sqlite = new();

    protected override ICommissionStore CreateStore() => new SqliteCommissionStore(_sqlite.Database);

    [Fact]
    public async Task ARosterStoredBeforeRolesWereAnEnumReadsBackAndIsWrittenWithTheSameNames()
    {
        var store = CreateStore();
        Assert.Null(await store.GetAsync(default));
        await ExecuteAsync("INSERT INTO commission (id, body, revision) VALUES (1, $body, 1)", RosterStoredBeforeRolesWereAnEnum);

        var read = await store.GetAsync(default);

        Assert.Equal([CommissionRole.Presidenta, CommissionRole.Integrante], read!.Value.Members.Select(m => m.Role));
        Assert.Equal(CommissionRole.SecretariaTecnica, read.Value.SecretarioTecnico.Role);

        Assert.NotNull(await store.TrySaveAsync(read.Value, read.Version, default));
        var written = await ExecuteAsync("SELECT body FROM commission WHERE id = 1", null);
        Assert.Contains("\"Role\":\"Presidenta\"", written, StringComparison.Ordinal);
        Assert.Contains("\"Role\":\"Integrante\"", written, StringComparison.Ordinal);
        Assert.Contains("\"Role\":\"SecretariaTecnica\"", written, StringComparison.Ordinal);
    }

    public void Dispose() => _sqlite.Dispose();

    private async Task<string?> ExecuteAsync(string sql, string? body)
    {
        await using var connection = await _sqlite.Database.OpenAsync(default);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (body is not null)
        {
            command.Parameters.AddWithValue("$body", body);
        }

        return await command.ExecuteScalarAsync() as string;
    }
}
