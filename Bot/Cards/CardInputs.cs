using System.Text.Json.Nodes;

namespace ProgramaBot.Cards;

/// <summary>Input.* builders: every input has a label, and required ones say what is missing.</summary>
public static class CardInputs
{
    public static JsonObject Text(string id, string label, string? value, bool required, int maxLength,
        bool multiline = false, string? placeholder = null, string? errorMessage = null, bool url = false)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = id,
            ["label"] = label,
            ["isRequired"] = required,
            ["maxLength"] = maxLength,
            ["isMultiline"] = multiline,
        };
        if (url)
        {
            input["style"] = "Url";
        }

        if (placeholder is not null)
        {
            input["placeholder"] = placeholder;
        }

        if (!string.IsNullOrEmpty(value))
        {
            input["value"] = value;
        }

        if (errorMessage is not null)
        {
            input["errorMessage"] = errorMessage;
        }

        return input;
    }

    public static JsonObject Choices(string id, string label, IEnumerable<(string Value, string Title)> choices, string? value,
        bool required, string? errorMessage = null, bool expanded = false)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["label"] = label,
            ["isRequired"] = required,
            ["style"] = expanded ? "expanded" : "compact",
            ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]),
        };
        if (!string.IsNullOrEmpty(value))
        {
            input["value"] = value;
        }

        if (errorMessage is not null)
        {
            input["errorMessage"] = errorMessage;
        }

        return input;
    }
}
