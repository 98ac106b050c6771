using Microsoft.Data.Sqlite;

namespace ProgramaBot.Storage.Sqlite;

/// <summary>
/// The hot paths of a question turn (issue 15): the conversation memory's read on a few connections kept open with the
/// statement prepared, and its write on one kept connection without the per-commit fsync. Closed with the database.
/// </summary>
public sealed partial class SqliteDatabase
{
    /// <summary>
    /// The text in the first column of the first row <paramref name="sql"/> (with one parameter, <c>$id</c>) returns,
    /// parsed from its UTF-8 bytes, or null: the hot one-row reads (the conversation's memory, read on every question). On one of a few connections kept
    /// open with the statement prepared, instead of taking a pooled connection and preparing the statement each time.
    /// Nothing is cached but the compiled statement: each execution outside a transaction is its own read
    /// transaction, so it sees every write committed before it, from this process or another (WAL), exactly as a fresh
    /// connection would.
    /// </summary>
    public T? ReadRow<T>(string sql, string id, Utf8RowParser<T> parse)
        where T : class
    {
        var reader = Take() ?? new PreparedRowReader(Open());

        T? row;
        try
        {
            row = reader.Read(sql, id, parse);
        }
        catch
        {
            reader.Dispose(); // its state is unknown: the next read opens a fresh one
            throw;
        }

        if (!Keep(reader))
        {
            reader.Dispose();
        }

        return row;
    }

    /// <summary>As many readers as turns read at once on two cores, with room: more are opened when needed and closed after.</summary>
    private const int MaxKeptReaders = 8;

    private readonly PreparedRowReader?[] _readers = new PreparedRowReader?[MaxKeptReaders];
    private int _kept;
    private bool _disposed;

    private PreparedRowReader? Take()
    {
        lock (_readers)
        {
            if (_kept == 0)
            {
                return null;
            }

            var reader = _readers[--_kept];
            _readers[_kept] = null;
            return reader;
        }
    }

    private bool Keep(PreparedRowReader reader)
    {
        lock (_readers)
        {
            if (_disposed || _kept == MaxKeptReaders)
            {
                return false;
            }

            _readers[_kept++] = reader;
            return true;
        }
    }

    /// <summary>
    /// Writes a row of a table whose rows may be lost (the conversation's short memory, one write per answered question):
    /// <paramref name="sql"/> with <c>$p0</c> (the key) and <c>$p1</c> (the body), under <see cref="WriteGate"/>, on one
    /// connection kept open with the statement prepared and <c>PRAGMA synchronous=NORMAL</c>. Every other write keeps
    /// FULL (an fsync of the WAL per commit, ≈ 1 ms on the development machine, which was most of a question turn's wall time under load).
    /// What NORMAL gives up, and only for these commits: after a power cut or an OS crash (not a process crash) the last
    /// such commits may be missing; the file stays consistent (WAL is synced before every checkpoint), and any later
    /// FULL commit syncs the WAL up to itself, these frames included. A lost subject means one follow-up question
    /// («¿y la cuarta?») is not understood and is asked in full; the memory forgets after 30 minutes anyway.
    /// </summary>
    public async Task WriteLosableAsync(string sql, string key, string body, CancellationToken cancellationToken)
    {
        await WriteGate.WaitAsync(cancellationToken);
        try
        {
            // Inside the gate: one caller at a time uses the writer.
            _losableWriter ??= new LosableWriter(OpenUnpooled());
            _losableWriter.Write(sql, key, body);
        }
        catch
        {
            _losableWriter?.Dispose(); // its state is unknown: the next write opens a fresh one
            _losableWriter = null;
            throw;
        }
        finally
        {
            WriteGate.Release();
        }
    }

    private LosableWriter? _losableWriter;

    private sealed class LosableWriter : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

        /// <param name="connection">Its own, never pooled: no other write may ever run on a handle set to NORMAL.</param>
        public LosableWriter(SqliteConnection connection)
        {
            _connection = connection;
            using var pragma = connection.CreateCommand();
            pragma.CommandText = Pragmas + " PRAGMA synchronous=NORMAL;";
            pragma.ExecuteNonQuery();
        }

        public void Write(string sql, string key, string body)
        {
            if (!_commands.TryGetValue(sql, out var command))
            {
                command = _connection.CreateCommand();
                command.CommandText = sql;
                command.Parameters.Add("$p0", SqliteType.Text);
                command.Parameters.Add("$p1", SqliteType.Text);
                command.Prepare();
                _commands[sql] = command;
            }

            command.Parameters[0].Value = key;
            command.Parameters[1].Value = body;
            command.ExecuteNonQuery();
        }

        public void Dispose()
        {
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }

            _connection.Dispose();
        }
    }

    /// <summary>Closes the kept readers and writer (the host disposes this singleton on shutdown); a read after this opens and closes its own.</summary>
    public void Dispose()
    {
        _losableWriter?.Dispose();
        _losableWriter = null;
        lock (_readers)
        {
            _disposed = true;
            while (_kept > 0)
            {
                _readers[--_kept]!.Dispose();
                _readers[_kept] = null;
            }
        }
    }
}
