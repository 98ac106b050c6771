using System.Text.Json.Nodes;
using ProgramaBot.Approvals.Kinds;
using ProgramaBot.Cards;

namespace ProgramaBot.Approvals.Cards;

/// <summary>The Secretario Técnico's cards for creating a request: pick a kind, then fill in that kind's fields.</summary>
public static class FormCards
{
    public const string KindInput = "kind";
    public const string FormIdKey = "formId";

    public static JsonObject KindChooser(string? error = null)
    {
        var body = new List<JsonNode> { CardJson.Text("Nueva solicitud para la Comisión", TextStyle.Title) };
        if (error is not null)
        {
            body.Add(CardJson.Text(error, TextStyle.Attention));
        }

        body.Add(CardJson.Text("Elija el tipo de solicitud; después le pediré sus datos."));
        body.Add(CardInputs.Choices(KindInput, "Tipo de solicitud",
            RequestKinds.All.Select(k => (k.Id, $"{k.Title} (línea de acción {k.ProgrammeItem})")),
            value: null, required: true, errorMessage: "Elija un tipo de solicitud.", expanded: true));
        return CardJson.Card(new CardSummary("Nueva solicitud para la Comisión: elija el tipo de solicitud y después escriba sus datos."),
            body, [CardJson.Execute("Continuar", ApprovalVerbs.Form, [])]);
    }

    /// <param name="formId">Identifies this form: submitting it twice creates one request.</param>
    public static JsonObject Form(RequestKind kind, string formId, IReadOnlyDictionary<string, string?>? values = null,
        IReadOnlyList<FieldError>? errors = null)
    {
        var body = new List<JsonNode>
        {
            CardJson.Container(
            [
                CardJson.Text($"Nueva solicitud: {kind.Title}", TextStyle.Title),
                CardJson.Text($"Programa Anual de Trabajo, línea de acción {kind.ProgrammeItem}. Los campos marcados son obligatorios.",
                    TextStyle.Subtle),
            ], style: "emphasis"),
        };
        if (errors is { Count: > 0 })
        {
            body.Add(CardJson.Container(
            [
                CardJson.Text("No envié la solicitud; corrija lo siguiente:", TextStyle.Attention),
                CardJson.Text(string.Join('\n', errors.Select(e => "- " + e.Message))),
            ], style: "attention"));
        }

        body.AddRange(kind.Fields.Select(field => Input(field, values?.GetValueOrDefault(field.Id))));
        var data = new JsonObject { [KindInput] = kind.Id, [FormIdKey] = formId };
        var summary = $"Nueva solicitud: {kind.Title}. Escriba sus datos y envíela a la Comisión."
                      + (errors is { Count: > 0 } ? $" No la envié; corrija: {string.Join(" ", errors.Select(e => e.Message))}" : "");
        return CardJson.Card(new CardSummary(summary), body,
            [CardJson.Execute("Enviar a la Comisión", ApprovalVerbs.Submit, data, style: "positive")]);
    }

    private static JsonObject Input(FieldDescriptor field, string? value)
    {
        var missing = $"Escriba {Article(field)}«{field.Label}».";
        return field.Type switch
        {
            FieldType.Choice => CardInputs.Choices(field.Id, field.FormLabel, field.Choices.Select(c => (c.Value, c.Title)), value,
                field.Required, $"Elija «{field.Label}»."),
            FieldType.LongText or FieldType.Links => CardInputs.Text(field.Id, field.FormLabel, value, field.Required, field.MaxLength,
                multiline: true, placeholder: field.Placeholder, errorMessage: field.Required ? missing : null),
            _ => CardInputs.Text(field.Id, field.FormLabel, value, field.Required, field.MaxLength, placeholder: field.Placeholder,
                errorMessage: field.Required ? missing : null, url: field.Type == FieldType.Link),
        };
    }

    private static string Article(FieldDescriptor field) => field.Type == FieldType.Link ? "el enlace " : "";
}
