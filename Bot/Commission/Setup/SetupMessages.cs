namespace ProgramaBot.Commission.Setup;

/// <summary>What the set-up answers (formal Spanish); every refusal says that nothing changed.</summary>
public static class SetupMessages
{
    public const string OnlySecretario =
        "Solo la Secretaría Técnica de la Comisión puede configurarla. No se cambió nada.";

    public const string NotInPersonalChat =
        "La Comisión se configura desde su chat de grupo o su canal: escriba «@ProgramaBot configurar comisión» ahí. No se cambió nada.";

    public const string MembersUnavailable =
        "No pude consultar en Teams los miembros de esta conversación. Intente de nuevo en unos minutos. No se cambió nada.";

    public static readonly string TooManyMembers =
        $"Esta conversación tiene más de {ConversationMembers.MaxListed} miembros y no caben en la tarjeta. " +
        "Configure la Comisión desde un chat de grupo con sus integrantes. No se cambió nada.";

    public const string EmptySelection = "No eligió a nadie: asigne un cargo al menos a la Presidencia.";

    public const string NoPresidencia = "Falta la Presidencia: elija a una persona como Presidenta o Presidente.";

    public const string TooManyPresidencias = "Eligió más de una Presidencia: la Comisión tiene una sola Presidenta o un solo Presidente.";

    public const string TooManySecretarias = "Eligió más de una Secretaría Técnica: elija a una sola persona.";

    public static readonly string TooManyVoters = $"Eligió a más de {CommissionOptions.MaxMembers} integrantes con voto; Teams no admite más.";

    public const string NotAMember =
        "La tarjeta incluye a una persona que no es miembro de esta conversación. Vuelva a escribir «@ProgramaBot configurar comisión».";

    public const string UnknownPosition = "La tarjeta trae un cargo que no existe. Elija cada cargo de la lista.";

    public const string OtherConversation =
        "Esta tarjeta es de otra conversación. Escriba «@ProgramaBot configurar comisión» en la conversación de la Comisión.";

    public const string Changed =
        "Alguien guardó la configuración de la Comisión mientras usted la editaba. Esta es la versión vigente; revísela y guarde de nuevo.";
}
