using System.Buffers;
using System.Text.Json;
using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.BotFramework;

/// <summary>The request body as an <see cref="Activity"/>: the one parse of a turn.</summary>
internal static class ActivityReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = BotJson.Options.MaxDepth, AllowDuplicateProperties = false };

    /// <summary>Past this many keys in one object the pairwise check below would cost too much: the DOM checks instead.</summary>
    private const int MaxKeysCheckedInPlace = 64;

    /// <exception cref="JsonException">Not JSON, not an activity, or a key repeated at any depth.</exception>
    /// <exception cref="InvalidOperationException">A string or key is not valid UTF-16 once unescaped.</exception>
    public static Activity? Read(ReadOnlySpan<byte> body)
    {
        var deferred = new DeferredValues();
        if (!ScanInPlace(body, ref deferred))
        {
            // Rare shapes (escaped keys, huge objects): the DOM refuses repeated keys the slow, exact way.
            using var document = JsonDocument.Parse(body.ToArray(), DocumentOptions);
        }

        // Then one parse straight into the typed activity (main parsed into a JsonDocument first, then deserialised
        // the DOM: two copies of every activity). The guard above matters because the JsonObjects and JsonElements
        // kept for later (channelData, entities, value) would otherwise throw on first access to a repeated key,
        // long after this point.
        var activity = JsonSerializer.Deserialize<Activity>(body, DeferringOptions);
        activity?.Defer(deferred.Entities.Of(body), deferred.ChannelData.Of(body));
        return activity;
    }

    /// <summary>
    /// <see cref="BotJson.Options"/> without its own repeated-key check: the scan above (or the DOM) has refused every
    /// repeated key already, at every depth, and the serializer's check costs a bit array per object read (the
    /// activity, its accounts, each channelData and entity object) on every turn.
    /// </summary>
    internal static JsonSerializerOptions EagerOptions { get; } = new(BotJson.Options) { AllowDuplicateProperties = true };

    /// <summary>
    /// <see cref="EagerOptions"/> for the turn's parse: <c>entities</c> and <c>channelData</c> are shape-checked and
    /// skipped (<see cref="DeferredJsonConverter{T}"/>), their bytes kept from the scan and parsed with
    /// <see cref="EagerOptions"/> if the turn reads them.
    /// </summary>
    /// <remarks>
    /// Told apart by <see cref="DeferValues"/> in its converters: System.Text.Json shares its metadata between options
    /// of equal settings, and hands converters the first such instance, so a plain copy could not be told apart.
    /// </remarks>
    internal static JsonSerializerOptions DeferringOptions { get; } = new(EagerOptions) { Converters = { DeferValues.Marker } };

    /// <summary>
    /// One forward-only pass that allocates nothing (pooled scratch only): unescapes every escaped string once
    /// ("\ud800" is valid JSON but not valid text, and would throw wherever a handler or the reply serializer first
    /// reads it) and refuses a key repeated in the same object, comparing raw key bytes.
    /// </summary>
    /// <returns>False when the body has an escaped key or an object too large to check here.</returns>
    private static bool ScanInPlace(ReadOnlySpan<byte> body, ref DeferredValues deferred)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = BotJson.Options.MaxDepth });
        var keys = ArrayPool<int>.Shared.Rent(2 * 256); // (start, length) of each key of the open objects
        var marks = ArrayPool<int>.Shared.Rent(BotJson.Options.MaxDepth + 2); // where each open object's keys begin
        var checkedInPlace = true;
        try
        {
            int keyCount = 0, depth = 0;
            while (reader.Read())
            {
                deferred.See(ref reader);
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        marks[depth++] = keyCount;
                        break;
                    case JsonTokenType.EndObject:
                        keyCount = marks[--depth];
                        break;
                    case JsonTokenType.PropertyName when reader.ValueIsEscaped:
                        deferred.SeeKey(reader.CurrentDepth, reader.GetString()); // InvalidOperationException for a lone surrogate
                        checkedInPlace = false;
                        break;
                    case JsonTokenType.PropertyName when checkedInPlace:
                        var name = reader.ValueSpan;
                        var first = marks[depth - 1];
                        if (keyCount - first >= MaxKeysCheckedInPlace || 2 * (keyCount + 1) > keys.Length)
                        {
                            checkedInPlace = false;
                            break;
                        }

                        for (var k = first; k < keyCount; k++)
                        {
                            if (body.Slice(keys[2 * k], keys[(2 * k) + 1]).SequenceEqual(name))
                            {
                                throw new JsonException("A key is repeated in the same object.");
                            }
                        }

                        var start = (int)reader.TokenStartIndex + 1; // past the opening quote
                        keys[2 * keyCount] = start;
                        keys[(2 * keyCount) + 1] = name.Length;
                        keyCount++;
                        break;
                    case JsonTokenType.String when reader.ValueIsEscaped:
                        _ = reader.GetString(); // InvalidOperationException for a lone surrogate
                        break;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(marks);
        }

        return checkedInPlace;
    }
}
