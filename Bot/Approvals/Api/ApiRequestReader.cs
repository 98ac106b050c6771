using System.Text.Json;
using ProgramaBot.Approvals.Kinds;

namespace ProgramaBot.Approvals.Api;

/// <summary>The POST body, read defensively: every way it can be wrong becomes a Spanish message, never an exception.</summary>
internal static class ApiRequestReader
{
    /// <param name="NotifyConversationId">A conversation the bot knows, told the decision besides the commission's.</param>
    public sealed record Parsed(RequestKind Kind, IReadOnlyDictionary<string, string?> Fields, string? RequestedBy, string? NotifyConversationId);

    private static readonly string[] Known = ["kind", "fields", "requestedBy", "notifyConversationId"];

    public static (Parsed? Request, IReadOnlyList<FieldError> Errors) Read(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException)
        {
            return Fail(null, "El cuerpo no es JSON válido.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail(null, "El cuerpo debe ser un objeto JSON con «kind» y «fields».");
            }

            var errors = root.EnumerateObject().Where(p => !Known.Contains(p.Name))
                .Select(p => new FieldError(p.Name, $"La propiedad «{Clip(p.Name)}» no se reconoce (use kind, fields, requestedBy y notifyConversationId).")).ToList();
            var kindId = root.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
            var kind = RequestKinds.Find(kindId);
            if (kind is null)
            {
                errors.Add(new("kind", kindId is null
                    ? $"Falta «kind» (texto): {string.Join(" o ", RequestKinds.All.Select(x => x.Id))}."
                    : $"El tipo «{Clip(kindId)}» no existe; use {string.Join(" o ", RequestKinds.All.Select(x => x.Id))}."));
            }

            var requestedBy = OptionalText(root, "requestedBy", 200, errors);

            var notify = OptionalText(root, "notifyConversationId", 300, errors);
            var fields = new Dictionary<string, string?>();
            if (!root.TryGetProperty("fields", out var f) || f.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new("fields", "Falta «fields»: un objeto con los campos de la solicitud."));
            }
            else
            {
                foreach (var field in f.EnumerateObject())
                {
                    if (field.Value.ValueKind is JsonValueKind.String)
                    {
                        fields[field.Name] = field.Value.GetString();
                    }
                    else
                    {
                        errors.Add(new(field.Name, $"El campo «{Clip(field.Name)}» debe ser texto."));
                    }
                }
            }

            return kind is null || errors.Count > 0 ? (null, errors) : (new Parsed(kind, fields, requestedBy, notify), errors);
        }
    }

    private static string? OptionalText(JsonElement root, string name, int maxLength, List<FieldError> errors)
    {
        if (!root.TryGetProperty(name, out var property))
        {
            return null;
        }

        var text = property.ValueKind == JsonValueKind.String ? property.GetString()?.Trim() : null;
        if (text is { Length: > 0 } && text.Length <= maxLength)
        {
            return text;
        }

        errors.Add(new(name, $"«{name}» debe ser un texto de 1 a {maxLength} caracteres."));
        return null;
    }

    private static (Parsed?, IReadOnlyList<FieldError>) Fail(string? field, string message) => (null, [new FieldError(field, message)]);

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
