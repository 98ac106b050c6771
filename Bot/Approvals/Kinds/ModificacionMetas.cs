namespace ProgramaBot.Approvals.Kinds;

/// <summary>Incorporación, modificación o eliminación de metas (líneas de acción 3.2.1 y 3.5.2).</summary>
internal static class ModificacionMetas
{
    public static RequestKind Kind { get; } = new(
        Id: "modificacion-metas",
        Title: "Modificación de metas",
        ProgrammeItem: "3.5.2",
        TitleTemplate: "{movimiento} de meta {alcance} {meta}",
        Fields:
        [
            new("movimiento", "Movimiento", FieldType.Choice, Required: true, MaxLength: 20)
            {
                Choices = [new("incorporacion", "Incorporación"), new("modificacion", "Modificación"), new("eliminacion", "Eliminación")],
            },
            new("alcance", "Tipo de meta", FieldType.Choice, Required: true, MaxLength: 20)
            {
                Choices = [new("individual", "individual"), new("colectiva", "colectiva")],
            },
            new("periodo", "Periodo de evaluación", FieldType.Choice, Required: true, MaxLength: 20)
            {
                Choices = [new("2020-2021", "2020-2021"), new("2021-2022", "2021-2022")],
            },
            new("meta", "Identificador de la meta", FieldType.Text, Required: true, MaxLength: 40) { Placeholder = "p. ej. MI-07 o MC-02" },
            new("descripcion", "Descripción de la meta", FieldType.LongText, Required: true, MaxLength: 1500),
            new("justificacion", "Justificación", FieldType.LongText, Required: true, MaxLength: 3000),
            new("afectados", "Miembros o área involucrados", FieldType.Text, Required: true, MaxLength: 500),
            new("anexos", "Anexos", FieldType.Links, Required: false, MaxLength: 2000)
            {
                Hint = "un enlace por renglón",
                Placeholder = "https://…",
            },
        ]);
}
