using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProgramaBot.BotFramework.Activities;

/// <summary>The body of the answer to an <c>expectReplies</c> activity: written straight from the typed replies.</summary>
[JsonConverter(typeof(ExpectedRepliesConverter))]
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);

/// <summary>
/// Writes <c>{"activities":[…]}</c> with each reply serialised at the root of its own call: the same bytes as the
/// serializer's own contract, without the write-stack frames it grew for the list and each activity inside it on every
/// answered question (issue 15).
/// </summary>
internal sealed class ExpectedRepliesConverter : JsonConverter<ExpectedReplies>
{
    public override ExpectedReplies? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object, found {reader.TokenType}.");
        }

        List<Activity>? activities = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isActivities = RecurringStrings.NameIs(ref reader, "activities");
            reader.Read();
            if (isActivities)
            {
                activities = JsonSerializer.Deserialize<List<Activity>>(ref reader, options);
            }
            else
            {
                reader.Skip();
            }
        }

        return new ExpectedReplies(activities!);
    }

    private static readonly JsonEncodedText CamelCaseName = JsonEncodedText.Encode("activities");

    public override void Write(Utf8JsonWriter writer, ExpectedReplies value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Activities is { } activities)
        {
            if (ReferenceEquals(options.PropertyNamingPolicy, JsonNamingPolicy.CamelCase))
            {
                writer.WritePropertyName(CamelCaseName);
            }
            else
            {
                writer.WritePropertyName(options.PropertyNamingPolicy?.ConvertName(nameof(ExpectedReplies.Activities)) ?? nameof(ExpectedReplies.Activities));
            }

            writer.WriteStartArray();
            foreach (var activity in activities)
            {
                JsonSerializer.Serialize(writer, activity, options);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
