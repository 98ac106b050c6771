using System.Text.Json.Nodes;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Cards;

namespace ProgramaBot.Approvals.Cards;

/// <summary>Short cards that replace a clicked card: an error, or the confirmation that a request was sent.</summary>
public static class NoticeCards
{
    public static JsonObject Error(string title, string message) => CardJson.Card(new CardSummary($"{title}. {message}"),
    [
        CardJson.Text(title, TextStyle.Attention),
        CardJson.Text(message),
    ]);

    public static JsonObject Created(ApprovalRequest request) => CardJson.Card(
        new CardSummary($"Solicitud enviada a la Comisión: {request.Title}, folio {request.Id}, en votación. Le avisaré aquí cuando la Comisión decida."),
    [
        CardJson.Text("Solicitud enviada a la Comisión", TextStyle.Good),
        CardJson.Text(request.Title, TextStyle.Heading),
        CardJson.Facts(request.ProgrammeItem.Length > 0
            ? [("Folio", request.Id), ("Línea de acción", request.ProgrammeItem), ("Estado", "En votación")]
            : [("Folio", request.Id), ("Estado", "En votación")]),
        CardJson.Text("Le avisaré aquí cuando la Comisión decida.", TextStyle.Subtle),
    ]);
}
