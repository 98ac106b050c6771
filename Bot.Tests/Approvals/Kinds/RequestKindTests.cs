using System.Text.Json;
using ProgramaBot.Approvals.Cards;
using ProgramaBot.Approvals.Kinds;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.Tests.Approvals.Kinds;

/// <summary>A kind is a description: a new one (the annual incentive programme, 3.7.1) works with no other code.</summary>
public sealed class RequestKindTests
{
    private static readonly RequestKind ProgramaIncentivos = new(
        Id: "programa-incentivos",
        Title: "Programa Anual de Incentivos",
        ProgrammeItem: "3.7.1",
        TitleTemplate: "Programa Anual de Incentivos, ejercicio {ejercicio}",
        Fields:
        [
            new("ejercicio", "Ejercicio valorado", FieldType.Text, Required: true, MaxLength: 4),
            new("vistoBueno", "¿Cuenta con visto bueno de la DESPEN?", FieldType.Choice, Required: true, MaxLength: 2)
            {
                Choices = [new("si", "Sí"), new("no", "No")],
            },
            new("programa", "Enlace al programa", FieldType.Link, Required: true, MaxLength: 300),
        ]);

    [Fact]
    public void NewKindGetsAFormValidationAndACardFromItsDescription()
    {
        var ok = RequestValidator.Validate(ProgramaIncentivos,
            new Dictionary<string, string?> { ["ejercicio"] = "2021", ["vistoBueno"] = "si", ["programa"] = "https://iepc.example/pai-2021.pdf" },
            rejectUnknown: true);
        var bad = RequestValidator.Validate(ProgramaIncentivos,
            new Dictionary<string, string?> { ["ejercicio"] = "20211", ["vistoBueno"] = "tal vez" }, rejectUnknown: true);

        Assert.True(ok.IsValid);
        Assert.Equal(3, bad.Errors.Count);
        var form = Json(FormCards.Form(ProgramaIncentivos, Guid.NewGuid().ToString("N")));
        Assert.Contains("¿Cuenta con visto bueno de la DESPEN?", form, StringComparison.Ordinal);
        var request = ApprovalTestData.Request("SOL-PAI") with
        {
            KindId = ProgramaIncentivos.Id, ProgrammeItem = ProgramaIncentivos.ProgrammeItem, Fields = ok.Values, Title = ProgramaIncentivos.TitleFor(ok.Values),
        };
        var card = Json(RequestCard.Render(new ApprovalSnapshot(request, []), ApprovalTestData.Members(3),
            TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City"), CardView.Base));
        Assert.Contains("Programa Anual de Incentivos, ejercicio 2021", card, StringComparison.Ordinal);
        Assert.Contains("línea de acción 3.7.1", card, StringComparison.Ordinal);
    }

    [Fact]
    public void TitlesShowChoiceTitlesNotCodes()
        => Assert.Equal("Eliminación de meta colectiva MC-02", ModificacionMetas.Kind.TitleFor(new Dictionary<string, string>
        {
            ["movimiento"] = "eliminacion", ["alcance"] = "colectiva", ["meta"] = "MC-02",
        }));

    [Fact]
    public void BlankLinesAndSpacesCountAsMissing()
    {
        var result = RequestValidator.Validate(DictamenIncentivos.Kind, new Dictionary<string, string?> { ["justificacion"] = "  \r\n \n" }, false);

        Assert.Contains(result.Errors, e => e.FieldId == "justificacion" && e.Message == "«Justificación» es obligatorio.");
    }

    private static string Json(object card) => JsonSerializer.Serialize(card, BotJson.Options);
}
