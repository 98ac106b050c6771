using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ProgramaBot.Storage.Sqlite;

/// <summary>The embedded SQLite file; each store creates its own tables through <see cref="EnsureSchemaAsync"/>.</summary>
public sealed partial class SqliteDatabase : IDisposable
{
    private readonly string _connectionString;

    public SqliteDatabase(IOptions<StorageOptions> options, IHostEnvironment environment)
    {
        var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.DataFolder));
        Directory.CreateDirectory(folder);
        FilePath = Path.Combine(folder, "programabot.db");
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string FilePath { get; }

    /// <summary>
    /// Taken around a hot single-statement write (the conversation memory's, one per answered question). SQLite lets
    /// one writer in at a time; the others wait in its busy handler, which sleeps 1, 2, 5, 10 … ms between tries, so
    /// under load a turn waited milliseconds for a write that takes a fraction of one while the CPU stood idle (wrk:
    /// p99 96 ms, most of each turn's wall time in the write). Queued here, each waiter goes in as soon as the one
    /// before commits. The same commits, in the same file, each durable before it returns: only the waiting changes.
    /// Other processes (the CLI) and the transactions of other stores still meet busy_timeout, as before.
    /// </summary>
    public SemaphoreSlim WriteGate { get; } = new(1, 1);

    private SqliteConnection OpenUnpooled()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>
    /// <see cref="OpenAsync"/> without its tasks: Microsoft.Data.Sqlite opens synchronously either way (SQLite has no
    /// asynchronous I/O), so a hot read may as well say so.
    /// </summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        if (Configured.TryGetValue(connection.Handle!, out _))
        {
            return connection;
        }

        using var pragma = connection.CreateCommand();
        pragma.CommandText = Pragmas;
        pragma.ExecuteNonQuery();
        Configured.AddOrUpdate(connection.Handle!, Marker);
        return connection;
    }

    // WAL lets readers and the writer proceed together; busy_timeout waits instead of failing on a lock.
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        if (Configured.TryGetValue(connection.Handle!, out _))
        {
            return connection;
        }

        await using var pragma = connection.CreateCommand();
        pragma.CommandText = Pragmas;
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        Configured.AddOrUpdate(connection.Handle!, Marker);
        return connection;
    }

    /// <summary>
    /// The native connections the pragmas above have run on. Microsoft.Data.Sqlite pools connections: closing one keeps
    /// its native handle open for the next <see cref="OpenAsync"/>, and busy_timeout and foreign_keys are settings of
    /// that handle (journal_mode=WAL of the file), so they hold until the handle is closed for good. Running them once
    /// per handle instead of on every open saves a command and its three statements per storage call (every question
    /// reads the conversation's memory). Keyed weakly by the handle object: a handle the pool drops is forgotten with it,
    /// and a new one (another object) runs the pragmas. Nothing in the bot changes these pragmas after open.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> Configured = new();

    private static readonly object Marker = new();

    public async Task EnsureSchemaAsync(string ddl, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = ddl;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
