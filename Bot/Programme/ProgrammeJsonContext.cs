using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProgramaBot.Programme;

/// <summary>
/// Compile-time JSON metadata for programme files: reflection-based deserialisation costs a noticeable
/// part of start-up. A misspelt property is refused, not silently dropped.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(ProgrammeDocument))]
internal sealed partial class ProgrammeJsonContext : JsonSerializerContext;
