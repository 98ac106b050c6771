using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProgramaBot.BotFramework.Activities;

/// <summary>
/// <c>from</c>, <c>recipient</c> and <c>conversation</c> as the turn's parse reads them (<see cref="DeferValues"/>): by hand,
/// as the serializer would (names ignoring case, the last of repeated names wins, unknown names kept in <c>Extra</c>, a
/// value of the wrong kind refused), with their recurring strings shared (<see cref="RecurringStrings"/>). The
/// serializer pushed a frame per nested object and so grew its read stack on every turn. With any other options, and
/// when written, they go through the serializer as before.
/// </summary>
internal abstract class AccountConverter<T> : JsonConverter<T>
    where T : class, new()
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (!DeferValues.In(options))
        {
            return JsonSerializer.Deserialize<T>(ref reader, options);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object, found {reader.TokenType}.");
        }

        var account = new T();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = PropertyOf(ref reader);
            var unknown = property < 0 ? reader.GetString()! : null;
            reader.Read();
            if (unknown is null)
            {
                Set(account, property, ref reader);
            }
            else
            {
                ExtraOf(account)[unknown] = JsonElement.ParseValue(ref reader);
            }
        }

        return account;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => JsonSerializer.Serialize(writer, value, options);

    /// <summary>The index of the typed property the current name binds to, or -1 for extension data.</summary>
    protected abstract int PropertyOf(ref Utf8JsonReader reader);

    /// <summary>Reads the value (the reader is on it) into the typed property.</summary>
    protected abstract void Set(T account, int property, ref Utf8JsonReader reader);

    protected abstract Dictionary<string, JsonElement> ExtraOf(T account);
}

internal sealed class ChannelAccountConverter : AccountConverter<ChannelAccount>
{
    protected override int PropertyOf(ref Utf8JsonReader reader)
        => RecurringStrings.NameIs(ref reader, "id") ? 0
            : RecurringStrings.NameIs(ref reader, "name") ? 1
            : RecurringStrings.NameIs(ref reader, "aadObjectId") ? 2
            : RecurringStrings.NameIs(ref reader, "role") ? 3
            : -1;

    protected override void Set(ChannelAccount account, int property, ref Utf8JsonReader reader)
    {
        var value = RecurringStrings.ReadNullable(ref reader);
        switch (property)
        {
            case 0: account.Id = value; break;
            case 1: account.Name = value; break;
            case 2: account.AadObjectId = value; break;
            default: account.Role = value; break;
        }
    }

    protected override Dictionary<string, JsonElement> ExtraOf(ChannelAccount account) => account.Extra ??= [];
}

internal sealed class ConversationAccountConverter : AccountConverter<ConversationAccount>
{
    protected override int PropertyOf(ref Utf8JsonReader reader)
        => RecurringStrings.NameIs(ref reader, "id") ? 0
            : RecurringStrings.NameIs(ref reader, "name") ? 1
            : RecurringStrings.NameIs(ref reader, "conversationType") ? 2
            : RecurringStrings.NameIs(ref reader, "tenantId") ? 3
            : RecurringStrings.NameIs(ref reader, "isGroup") ? 4
            : -1;

    protected override void Set(ConversationAccount account, int property, ref Utf8JsonReader reader)
    {
        switch (property)
        {
            case 0: account.Id = RecurringStrings.ReadNullable(ref reader); break;
            case 1: account.Name = RecurringStrings.ReadNullable(ref reader); break;
            case 2: account.ConversationType = RecurringStrings.ReadNullable(ref reader); break;
            case 3: account.TenantId = RecurringStrings.ReadNullable(ref reader); break;
            default:
                account.IsGroup = reader.TokenType switch
                {
                    JsonTokenType.True => true,
                    JsonTokenType.False => false,
                    JsonTokenType.Null => null,
                    _ => throw new JsonException($"Expected a boolean, found {reader.TokenType}."),
                };
                break;
        }
    }

    protected override Dictionary<string, JsonElement> ExtraOf(ConversationAccount account) => account.Extra ??= [];
}

/// <summary>A string of the activity that recurs between activities (its type, channel, service URL, locale…): shared, see <see cref="RecurringStrings"/>.</summary>
internal sealed class RecurringStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => DeferValues.In(options) ? RecurringStrings.ReadNullable(ref reader) : reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
