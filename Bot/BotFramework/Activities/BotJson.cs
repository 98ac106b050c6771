using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProgramaBot.BotFramework.Activities;

/// <summary>The wire format: camelCase, nulls omitted, unknown properties kept via extension data.</summary>
public static class BotJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Spanish text stays readable on the wire and in logs; HTML-sensitive characters are still escaped.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        MaxDepth = 64,
        // Teams never repeats a key; a repeated one is hostile (and JsonObject throws on first access to it): 400.
        AllowDuplicateProperties = false,
    };
}
