using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProgramaBot.Approvals.Cards;

/// <summary>Reads card inputs (always strings from real clients); anything else is reported, never thrown.</summary>
internal static class CardInputValues
{
    public static string? String(JsonObject data, string key)
        => data[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>The string inputs named by <paramref name="keys"/>; a non-string value reads as empty and is listed in <paramref name="wrongType"/>.</summary>
    public static IReadOnlyDictionary<string, string?> Strings(JsonObject data, IEnumerable<string> keys, out IReadOnlyList<string> wrongType)
    {
        var values = new Dictionary<string, string?>();
        var wrong = new List<string>();
        foreach (var key in keys)
        {
            switch (data[key])
            {
                case null:
                    break;
                case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                    values[key] = value.GetValue<string>();
                    break;
                default:
                    wrong.Add(key);
                    break;
            }
        }

        wrongType = wrong;
        return values;
    }
}
