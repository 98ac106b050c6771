using System.Text;
using System.Text.Json;

namespace ProgramaBot.BotFramework;

/// <summary>
/// Where the activity's own <c>entities</c> and <c>channelData</c> values lie in the body, noted during
/// <see cref="ActivityReader"/>'s scan so their bytes can be kept instead of parsed. Keys match as the serializer binds
/// them (the Web defaults: case-insensitive, the last of repeated keys wins).
/// </summary>
internal struct DeferredValues()
{
    public ValueRange Entities;
    public ValueRange ChannelData;

    private int _pending; // 0 none, 1 entities, 2 channelData: the key just read, whose value comes next
    private int _start = -1;

    /// <summary>Each token of the scan, in order.</summary>
    public void See(ref Utf8JsonReader reader)
    {
        if (_pending != 0)
        {
            if (_start < 0)
            {
                _start = (int)reader.TokenStartIndex;
            }

            // A value at the activity's own level ends with its last token at depth 1 (the value, or its closing bracket).
            if (reader.CurrentDepth == 1 && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                var range = new ValueRange(_start, (int)reader.BytesConsumed);
                if (_pending == 1)
                {
                    Entities = range;
                }
                else
                {
                    ChannelData = range;
                }

                (_pending, _start) = (0, -1);
            }

            return;
        }

        if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && !reader.ValueIsEscaped && reader.ValueSpan.Length <= MaxKeyBytes)
        {
            Span<char> key = stackalloc char[MaxKeyBytes];
            SeeKey(1, key[..Encoding.UTF8.GetChars(reader.ValueSpan, key)]);
        }
    }

    /// <summary>
    /// An unescaped key of at most «channelData»'s 11 characters takes at most 3 bytes each (a character that equals an
    /// ASCII letter ignoring case, like the Kelvin sign, does): longer keys cannot bind to either property.
    /// </summary>
    private const int MaxKeyBytes = 33;

    /// <summary>A key at <paramref name="depth"/>: one of the two at the activity's own level starts a value to note.</summary>
    public void SeeKey(int depth, ReadOnlySpan<char> key)
    {
        if (depth != 1)
        {
            return;
        }

        _pending = key.Equals("entities", StringComparison.OrdinalIgnoreCase) ? 1
            : key.Equals("channelData", StringComparison.OrdinalIgnoreCase) ? 2
            : 0;
        _start = -1;
    }
}

/// <summary>A value's bytes in the body: [<paramref name="Start"/>, <paramref name="End"/>), or none.</summary>
internal readonly record struct ValueRange(int Start, int End)
{
    public bool Found => End > Start;

    /// <summary>A copy of the value's bytes (the body's buffer goes back to the pool), or null when there was none.</summary>
    public byte[]? Of(ReadOnlySpan<byte> body) => Found ? body[Start..End].ToArray() : null;
}
