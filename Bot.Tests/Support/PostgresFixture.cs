using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace ProgramaBot.Tests.Support;

/// <summary>
/// A real PostgreSQL 15 (Debian's server binaries) in a temporary cluster on a free port, as docs/TOOLS.md describes;
/// stopped and removed at the end. Missing binaries are a failure with the fix, not a skip.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    /// <summary>Debian's server binaries (15 on bookworm); the newest installed version is used.</summary>
    public static readonly string BinFolder = Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).FirstOrDefault() ?? "/usr/lib/postgresql/15/bin"
        : "/usr/lib/postgresql/15/bin";
    private bool _stopped;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "programabot-pg-" + Guid.NewGuid().ToString("N")[..12]);

    public int Port { get; private set; }

    public string ConnectionString(string database = "postgres")
        => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Timeout=30";

    /// <summary>A fresh database per test, so Hangfire schemas never mix.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(BinFolder, "initdb")))
        {
            throw new InvalidOperationException(
                $"PostgreSQL server binaries are missing ({BinFolder}/initdb). Install them with 'apt-get update && apt-get install -y postgresql' " +
                "(./test.sh does this) and run the tests again.");
        }

        Port = FreePort.Next();
        Directory.CreateDirectory(_folder);
        await RunAsync("chown", "postgres:postgres", _folder);
        await RunAsPostgresAsync("initdb", "-D", Path.Combine(_folder, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        await RunAsPostgresAsync("pg_ctl", "-D", Path.Combine(_folder, "data"), "-l", Path.Combine(_folder, "log"),
            "-o", string.Create(CultureInfo.InvariantCulture, $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c max_connections=300"), "-w", "start");
    }

    /// <summary>Stops the server as a crash of the database would look to the bot (its files stay until dispose).</summary>
    public async Task StopAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsPostgresAsync("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        _stopped = true;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            if (!_stopped)
            {
                await RunAsPostgresAsync("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "fast", "-w", "stop");
            }
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>The server refuses to run as root: as root, run it as the postgres user.</summary>
    private static Task RunAsPostgresAsync(string tool, params string[] args)
        => Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(BinFolder, tool), .. args])
            : RunAsync(Path.Combine(BinFolder, tool), args);

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}{await stdout}");
        }
    }
}

/// <summary>Tests that share one PostgreSQL: [Collection(PostgresTests.Name)].</summary>
[CollectionDefinition(Name)]
public sealed class PostgresTests : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
