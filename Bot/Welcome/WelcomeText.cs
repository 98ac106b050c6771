namespace ProgramaBot.Welcome;

/// <summary>What the bot says about itself (Spanish, es-MX).</summary>
public static class WelcomeText
{
    public const string Help = """
        Soy **ProgramaBot**, el asistente de la Comisión de Seguimiento del Servicio Profesional Electoral Nacional del IEPC Durango.

        Puedo ayudarle con:
        - **Preguntas sobre el Programa Anual de Trabajo**: por ejemplo, «¿cuándo es la sesión ordinaria III?» o «¿qué dice el objetivo 2.2?».
        - **sesiones**, **próxima sesión**, **objetivos**: listas rápidas del programa.
        - **Aprobaciones**: solicitudes de modificación de metas y dictámenes de incentivos que la Comisión vota desde una tarjeta.
        - **Recordatorios**: escriba «suscribir recordatorios» para recibir avisos antes de cada sesión.

        Escriba **ayuda** cuando quiera ver este mensaje de nuevo.
        """;

    public const string Greeting = "¡Hola! Gracias por agregarme.";

    public const string SubscribeInPersonalChat = "Para recibir avisos antes de cada sesión, escriba «suscribir recordatorios».";

    public const string SubscribeInGroup = "Para recibir en este chat avisos antes de cada sesión, escriba «@ProgramaBot suscribir recordatorios».";

    public const string Welcome = Greeting + "\n\n" + Help;
}
