namespace ProgramaBot.Approvals.Kinds;

/// <summary>
/// Programa Anual de Trabajo: a year's programme imported from the commission's document. Not offered in the
/// «nueva solicitud» form nor in POST /api/approvals: it is created from a reviewed draft (a file sent to the bot, or
/// POST /api/programmes), and the draft itself stays in storage — the request carries its id and a summary.
/// </summary>
public static class ProgramaAnual
{
    public const string DraftField = "borrador";

    public static RequestKind Kind { get; } = new(
        Id: "programa-anual",
        Title: "Programa Anual de Trabajo",
        ProgrammeItem: "",
        TitleTemplate: "Programa Anual de Trabajo {anio}",
        Fields:
        [
            new("anio", "Año", FieldType.Text, Required: true, MaxLength: 4),
            new("titulo", "Título", FieldType.Text, Required: true, MaxLength: 400),
            new("documento", "Documento", FieldType.Text, Required: true, MaxLength: 260),
            new("contenido", "Contenido", FieldType.LongText, Required: true, MaxLength: 3000),
            new("sesiones", "Sesiones ordinarias", FieldType.LongText, Required: true, MaxLength: 3000),
            new("advertencias", "Advertencias de la importación", FieldType.LongText, Required: false, MaxLength: 3000),
            new(DraftField, "Borrador", FieldType.Text, Required: true, MaxLength: 32) { Hidden = true },
        ]);
}
