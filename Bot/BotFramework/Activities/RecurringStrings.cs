using System.Text;
using System.Text.Json;

namespace ProgramaBot.BotFramework.Activities;

/// <summary>
/// The strings that recur from activity to activity (<c>"message"</c>, <c>"msteams"</c>, the service URL, the bot's
/// and the tenant's ids, the members' ids and names): read from the same bytes, the string made the last time is handed
/// out again instead of a new one per turn (issue 15). Strings never change, so sharing one is the same as a copy.
/// Bounded: <see cref="Slots"/> entries of at most <see cref="MaxBytes"/> bytes, each replaced by the next value that
/// hashes to its slot; escaped values are read as usual.
/// </summary>
internal static class RecurringStrings
{
    private const int Slots = 512;
    private const int MaxBytes = 128;

    private sealed record Entry(byte[] Utf8, string Value);

    private static readonly Entry?[] Entries = new Entry?[Slots];

    /// <summary>The current string token's value (reader on a <see cref="JsonTokenType.String"/>).</summary>
    public static string Read(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxBytes)
        {
            return reader.GetString()!;
        }

        var utf8 = reader.ValueSpan;
        var hash = new HashCode();
        hash.AddBytes(utf8);
        var slot = (int)((uint)hash.ToHashCode() % Slots);
        if (Volatile.Read(ref Entries[slot]) is { } entry && entry.Utf8.AsSpan().SequenceEqual(utf8))
        {
            return entry.Value;
        }

        // As GetString() decodes it (invalid UTF-8 throws there, and here: the scan has already read the body).
        var value = reader.GetString()!;
        Volatile.Write(ref Entries[slot], new Entry(utf8.ToArray(), value));
        return value;
    }

    /// <summary>A string property's value as the serializer reads it: a string, or null; any other token is refused.</summary>
    public static string? ReadNullable(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => Read(ref reader),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Expected a string, found {reader.TokenType}."),
    };

    /// <summary>Whether the current property name is <paramref name="name"/>, ignoring case as the serializer's Web defaults do.</summary>
    public static bool NameIs(ref Utf8JsonReader reader, string name)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > 3 * name.Length)
        {
            return !reader.HasValueSequence && reader.ValueIsEscaped && string.Equals(reader.GetString(), name, StringComparison.OrdinalIgnoreCase);
        }

        Span<char> chars = stackalloc char[3 * name.Length];
        return chars[..Encoding.UTF8.GetChars(reader.ValueSpan, chars)].Equals(name, StringComparison.OrdinalIgnoreCase);
    }
}
