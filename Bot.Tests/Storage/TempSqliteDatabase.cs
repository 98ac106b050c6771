using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ProgramaBot.Storage;
using ProgramaBot.Storage.Sqlite;

namespace ProgramaBot.Tests.Storage;

/// <summary>A real SQLite file in its own temporary folder, removed afterwards.</summary>
public sealed class TempSqliteDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "programabot-tests", "sqlite-" + Guid.NewGuid().ToString("N"));

    private readonly List<SqliteDatabase> _opened = [];

    public TempSqliteDatabase() => Database = SameFile();

    public SqliteDatabase Database { get; }

    /// <summary>The same file opened as another process would: its own <see cref="SqliteDatabase"/> and connections.</summary>
    public SqliteDatabase SameFile()
    {
        var database = new SqliteDatabase(Options.Create(new StorageOptions { DataFolder = _folder }), new TestHostEnvironment());
        _opened.Add(database);
        return database;
    }

    public void Dispose()
    {
        // Each keeps a few connections open for its hot reads: closed before the file goes.
        _opened.ForEach(database => database.Dispose());
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
