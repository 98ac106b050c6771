using System.Text.Json.Nodes;
using ProgramaBot.Approvals.Kinds;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Cards;

namespace ProgramaBot.Approvals.Cards;

/// <summary>What was asked: the kind, the programme item it falls under, and each field as the kind describes it.</summary>
internal static class RequestDetails
{
    public static JsonObject Header(ApprovalRequest request)
    {
        var kind = RequestKinds.Describe(request.KindId);
        List<JsonNode> items =
        [
            CardJson.Text($"{kind?.Title ?? request.KindId} · Solicitud {request.Id}", TextStyle.Subtle),
            CardJson.Text(request.Title, TextStyle.Title),
        ];
        if (request.ProgrammeItem.Length > 0)
        {
            items.Add(CardJson.Text($"Programa Anual de Trabajo, línea de acción {request.ProgrammeItem}", TextStyle.Subtle));
        }

        return CardJson.Container(items, style: "emphasis");
    }

    public static IEnumerable<JsonNode> Fields(ApprovalRequest request)
    {
        var kind = RequestKinds.Describe(request.KindId);
        var descriptors = kind?.Fields ?? [.. request.Fields.Keys.Select(k => new FieldDescriptor(k, k, FieldType.Text, false, 0))];
        var facts = new List<(string, string)>();
        var blocks = new List<JsonNode>();
        foreach (var field in descriptors)
        {
            if (field.Hidden || !request.Fields.TryGetValue(field.Id, out var value))
            {
                continue;
            }

            switch (field.Type)
            {
                case FieldType.LongText:
                    blocks.Add(CardJson.Text(field.Label, TextStyle.Heading));
                    blocks.Add(CardJson.Text(value));
                    break;
                case FieldType.Links or FieldType.Link:
                    var links = value.Split('\n').Select((url, i) => $"- [{LinkTitle(field, i)}]({url})");
                    blocks.Add(CardJson.Text(field.Label, TextStyle.Heading));
                    blocks.Add(CardJson.Text(string.Join('\n', links)));
                    break;
                default:
                    facts.Add((field.Label, field.Display(value)));
                    break;
            }
        }

        facts.Add(("Solicitada por", request.RequestedBy));
        return [CardJson.Facts(facts), .. blocks];
    }

    private static string LinkTitle(FieldDescriptor field, int index)
        => field.Type == FieldType.Link ? "Abrir documento" : $"Anexo {index + 1}";
}
