using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ProgramaBot.BotFramework.Activities;

/// <summary>
/// <c>entities</c> and <c>channelData</c> as the turn's one parse reads them (<see cref="ActivityReader"/>): their shape
/// is checked (a malformed activity is still refused there, as a 400) and their content skipped; the reader keeps their
/// bytes and <see cref="Activity"/> parses them on first use. A question turn rarely reads them, and building their
/// <see cref="JsonObject"/>s (a document, a dictionary, a node per value) was a fifth of the parse (issue 15). Read with
/// any other options, they are parsed on the spot as before.
/// </summary>
internal abstract class DeferredJsonConverter<T> : JsonConverter<T>
    where T : class
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (!DeferValues.In(options))
        {
            return JsonSerializer.Deserialize<T>(ref reader, options);
        }

        CheckShapeAndSkip(ref reader);
        return null;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => JsonSerializer.Serialize(writer, value, options);

    /// <summary>Refuses what the serializer would refuse as <typeparamref name="T"/>, then skips the value.</summary>
    protected abstract void CheckShapeAndSkip(ref Utf8JsonReader reader);

    protected static JsonException NotA(string shape) => new($"Expected {shape}.");
}

/// <summary><c>entities</c>: an array whose items are objects or null.</summary>
internal sealed class DeferredEntitiesConverter : DeferredJsonConverter<List<JsonObject>>
{
    protected override void CheckShapeAndSkip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw NotA("an array of objects");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                reader.Skip();
            }
            else if (reader.TokenType != JsonTokenType.Null)
            {
                throw NotA("an object or null in the array");
            }
        }
    }
}

/// <summary><c>channelData</c>: an object.</summary>
internal sealed class DeferredObjectConverter : DeferredJsonConverter<JsonObject>
{
    protected override void CheckShapeAndSkip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw NotA("an object");
        }

        reader.Skip();
    }
}

/// <summary>Marks the options of the turn's parse (<see cref="ActivityReader.DeferringOptions"/>); converts nothing.</summary>
internal sealed class DeferValues : JsonConverterFactory
{
    public static DeferValues Marker { get; } = new();

    public static bool In(JsonSerializerOptions options)
    {
        // By index: a foreach over the IList would allocate an enumerator for every property read.
        var converters = options.Converters;
        for (var i = 0; i < converters.Count; i++)
        {
            if (ReferenceEquals(converters[i], Marker))
            {
                return true;
            }
        }

        return false;
    }

    public override bool CanConvert(Type typeToConvert) => false;

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) => null;
}
