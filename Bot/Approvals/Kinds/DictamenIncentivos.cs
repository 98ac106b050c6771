namespace ProgramaBot.Approvals.Kinds;

/// <summary>Dictamen para el otorgamiento de incentivos (línea de acción 3.6.1).</summary>
internal static class DictamenIncentivos
{
    public static RequestKind Kind { get; } = new(
        Id: "dictamen-incentivos",
        Title: "Dictamen de incentivos",
        ProgrammeItem: "3.6.1",
        TitleTemplate: "Dictamen de incentivo ({ejercicio}) para {miembro}",
        Fields:
        [
            new("ejercicio", "Ejercicio valorado", FieldType.Text, Required: true, MaxLength: 20) { Placeholder = "p. ej. 2020" },
            new("miembro", "Nombre del miembro del Servicio", FieldType.Text, Required: true, MaxLength: 200),
            new("cargo", "Cargo o puesto", FieldType.Text, Required: true, MaxLength: 200),
            new("tipoIncentivo", "Tipo de incentivo", FieldType.Choice, Required: true, MaxLength: 40)
            {
                Choices =
                [
                    new("rendimiento", "Incentivo por rendimiento"),
                    new("actividades-academicas", "Incentivo por actividades académicas"),
                    new("trabajo-en-equipo", "Incentivo por trabajo en equipo"),
                    new("otro", "Otro"),
                ],
            },
            new("justificacion", "Justificación", FieldType.LongText, Required: true, MaxLength: 3000),
            new("dictamen", "Enlace al dictamen", FieldType.Link, Required: true, MaxLength: 500) { Placeholder = "https://…" },
        ]);
}
