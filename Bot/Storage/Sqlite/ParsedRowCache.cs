using System.Text.Json;

namespace ProgramaBot.Storage.Sqlite;

/// <summary>
/// The last few row bodies read and what they parsed to, for a table of immutable records (the conversation's memory,
/// read on every question). Not a cache of the store: the row is still read on every call, so a write by this process
/// or another is seen at once; only the parse is skipped when the bytes read are the very bytes parsed before, which
/// give the same record (so one instance may be handed to several readers: records of such a table never change).
/// Bounded (<see cref="Slots"/> entries, each replaced by the next body that hashes to its slot).
/// </summary>
internal sealed class ParsedRowCache<T>
    where T : class
{
    private const int Slots = 64;

    private readonly Entry?[] _entries = new Entry?[Slots];

    /// <summary>The parsed record as a completed task, so a hit costs nothing at all.</summary>
    private sealed record Entry(byte[] Body, Task<T?> Parsed);

    /// <summary>The parser <see cref="SqliteDatabase.ReadRow{T}"/> calls with the row's bytes.</summary>
    public Utf8RowParser<Task<T?>> Parser => field ??= Parse;

    private Task<T?> Parse(ReadOnlySpan<byte> body)
    {
        var hash = new HashCode();
        hash.AddBytes(body);
        var slot = (int)((uint)hash.ToHashCode() % Slots);
        if (Volatile.Read(ref _entries[slot]) is { } entry && entry.Body.AsSpan().SequenceEqual(body))
        {
            return entry.Parsed;
        }

        var parsed = Task.FromResult(JsonSerializer.Deserialize<T>(body));
        Volatile.Write(ref _entries[slot], new Entry(body.ToArray(), parsed));
        return parsed;
    }
}
