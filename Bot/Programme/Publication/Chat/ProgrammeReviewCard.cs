using System.Text.Json.Nodes;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Cards;

namespace ProgramaBot.Programme.Publication.Chat;

/// <summary>
/// What the Secretario Técnico reviews before submitting an imported programme: year, title, counts, each session with
/// its date, warnings and what was not placed (bounded, with counts of the rest), and «Someter a la Comisión» /
/// «Descartar». The card carries only the draft's id; the draft stays in storage.
/// </summary>
public static class ProgrammeReviewCard
{
    public const string SubmitVerb = "programme.submit";
    public const string DiscardVerb = "programme.discard";
    public const string DraftIdKey = "draftId";

    private const int MaxWarnings = 10;
    private const int MaxNotPlaced = 8;
    private const int MaxSessions = 24;

    public static JsonObject Render(ProgrammeDraft draft, ProgrammeDocument programme, TimeZoneInfo zone, string? notice = null)
    {
        var report = draft.Report;
        var body = new List<JsonNode>();
        if (notice is not null)
        {
            body.Add(CardJson.Container([CardJson.Text(notice, TextStyle.Warning)], style: "warning"));
        }

        body.Add(CardJson.Container(
        [
            CardJson.Text("Revisión del Programa Anual de Trabajo", TextStyle.Subtle),
            CardJson.Text(ProgrammeSummary.Clip(programme.Title, 300), TextStyle.Title),
            CardJson.Text($"Importado de «{ProgrammeSummary.Clip(report.SourceName, 120)}» ({report.Format})", TextStyle.Subtle),
        ], style: "emphasis"));
        body.Add(CardJson.Facts(
        [
            ("Año", programme.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            .. report.Parts.Select(p => (p.Label, p.Numbers.Length > 0 ? $"{p.Count} ({ProgrammeSummary.Clip(p.Numbers, 160)})" : $"{p.Count}")),
        ]));

        body.Add(CardJson.Text("Sesiones ordinarias", TextStyle.Heading));
        body.Add(CardJson.Text(Bullets(ProgrammeSummary.Bounded(ProgrammeSummary.Sessions(programme, zone), MaxSessions, 200))));

        if (report.Warnings.Count > 0)
        {
            body.Add(CardJson.Text($"Advertencias ({report.Warnings.Count})", TextStyle.Heading));
            body.Add(CardJson.Text(Bullets(ProgrammeSummary.Bounded(report.Warnings, MaxWarnings, 300))));
        }

        body.Add(CardJson.Text($"Párrafos que no se ubicaron ({report.NotPlaced.Count})", TextStyle.Heading));
        body.Add(CardJson.Text(report.NotPlaced.Count == 0
            ? "Todo el texto del documento quedó ubicado en el programa."
            : Bullets(ProgrammeSummary.Bounded(report.NotPlaced, MaxNotPlaced, 200).Select((p, i) => i < MaxNotPlaced ? $"«{p}»" : p))));
        if (report.Noise.Count > 0)
        {
            body.Add(CardJson.Text($"Se omitieron {report.Noise.Count} encabezados, pies de página, números de página o firmas.", TextStyle.Subtle));
        }

        body.Add(CardJson.Text("Revise que lo anterior corresponda al documento. Al someterlo, la Comisión votará su aprobación; una vez "
                               + "aprobado, el bot responderá y enviará recordatorios con este programa.", TextStyle.Subtle));
        var data = new JsonObject { [DraftIdKey] = draft.Id };
        var summary = $"Revisión del Programa Anual de Trabajo {programme.Year}, importado de «{ProgrammeSummary.Clip(report.SourceName, 120)}»: "
                      + $"{Count(report.Warnings.Count, "advertencia", "advertencias")} y "
                      + $"{Count(report.NotPlaced.Count, "párrafo sin ubicar", "párrafos sin ubicar")}. "
                      + "Revíselo y elija «Someter a la Comisión» o «Descartar».";
        return CardJson.Card(new CardSummary((notice is null ? "" : notice.TrimEnd('.') + ". ") + summary), body,
        [
            CardJson.Execute("Someter a la Comisión", SubmitVerb, data, style: "positive"),
            CardJson.Execute("Descartar", DiscardVerb, data, style: "destructive"),
        ]);
    }

    /// <summary>The request made from the draft, as it stands (a click on an old review card may come after the decision).</summary>
    public static JsonObject Submitted(ApprovalRequest request) => CardJson.Card(
        new CardSummary($"Programa sometido a la Comisión: {request.Title}, folio {request.Id}, {VoteWords.Of(request.Status).ToLowerInvariant()}."),
    [
        CardJson.Text("Programa sometido a la Comisión", TextStyle.Good),
        CardJson.Text(request.Title, TextStyle.Heading),
        CardJson.Facts([("Folio", request.Id), ("Estado", VoteWords.Of(request.Status))]),
        CardJson.Text(request.IsOpen
            ? "Le avisaré aquí cuando la Comisión decida. Si lo aprueba, el bot responderá con este programa de inmediato."
            : "La Comisión ya decidió este programa. Para someter otra versión, envíeme el documento de nuevo.", TextStyle.Subtle),
    ]);

    public static JsonObject Discarded() => CardJson.Card(
        new CardSummary("Borrador descartado: no se sometió nada a la Comisión."),
    [
        CardJson.Text("Borrador descartado", TextStyle.Attention),
        CardJson.Text("No se sometió nada a la Comisión. Puede enviarme otro documento cuando lo desee."),
    ]);

    public static JsonObject Gone() => CardJson.Card(
        new CardSummary("Borrador no disponible: se descartó o la Comisión ya lo aprobó."),
    [
        CardJson.Text("Borrador no disponible", TextStyle.Attention),
        CardJson.Text("Este borrador ya no existe: se descartó o la Comisión ya lo aprobó. Envíeme el documento de nuevo si lo necesita."),
    ]);

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";

    private static string Bullets(IEnumerable<string> lines) => string.Join('\n', lines.Select(l => "- " + l));
}
