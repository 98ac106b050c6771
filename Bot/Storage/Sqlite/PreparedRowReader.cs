using System.Buffers;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ProgramaBot.Storage.Sqlite;

/// <summary>Turns a row's text, as the UTF-8 bytes SQLite holds, into a value (without a string in between).</summary>
public delegate T Utf8RowParser<out T>(ReadOnlySpan<byte> utf8);

/// <summary>
/// An open connection and its prepared one-row reads (<c>SELECT body … WHERE key = $id</c>), used by one caller at a
/// time. Each read runs SQLite's own statement (<see cref="raw"/>) and hands the first column's bytes to a parser:
/// Microsoft.Data.Sqlite's <c>ExecuteScalar</c> made a data reader, its record and a string of the body on every read,
/// and the conversation's memory is read on every question (issue 15). The statement is reset after every read, so
/// each read is its own read transaction and sees every commit made before it, by this process or another (WAL).
/// </summary>
internal sealed class PreparedRowReader(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, sqlite3_stmt> _statements = new(StringComparer.Ordinal);

    /// <summary>A key longer than this many UTF-8 bytes is bound from a pooled buffer rather than the stack.</summary>
    private const int MaxStackKeyBytes = 512;

    /// <returns>The parsed first column of the first row, or null when there is no row or its first column is not text.</returns>
    public T? Read<T>(string sql, string id, Utf8RowParser<T> parse)
        where T : class
    {
        var statement = Statement(sql);
        byte[]? rented = null;
        try
        {
            var byteCount = Encoding.UTF8.GetByteCount(id);
            var key = byteCount <= MaxStackKeyBytes ? stackalloc byte[MaxStackKeyBytes] : (rented = ArrayPool<byte>.Shared.Rent(byteCount));
            key = key[..Encoding.UTF8.GetBytes(id, key)];
            Check(raw.sqlite3_bind_text(statement, 1, key));
            switch (raw.sqlite3_step(statement))
            {
                case raw.SQLITE_ROW:
                    // What ExecuteScalar() as string gave: the text, or null for any other kind of value.
                    return raw.sqlite3_column_type(statement, 0) == raw.SQLITE_TEXT ? parse(raw.sqlite3_column_blob(statement, 0)) : null;
                case raw.SQLITE_DONE:
                    return null;
                case var failed:
                    Check(failed);
                    return null;
            }
        }
        finally
        {
            // Ends the statement's read transaction: the next read sees what was committed since.
            _ = raw.sqlite3_reset(statement);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private sqlite3_stmt Statement(string sql)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out statement));
            _statements[sql] = statement;
        }

        return statement;
    }

    /// <summary>SQLite's error as Microsoft.Data.Sqlite reports it (busy_timeout has already waited out a lock).</summary>
    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        }
    }

    /// <summary>Finalises the statements before the connection goes back to the pool: the handle may serve others.</summary>
    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
        connection.Dispose();
    }
}
