using System.Text.Json.Nodes;
using ProgramaBot.Cards;

namespace ProgramaBot.Welcome;

/// <summary>
/// The one help card: sent for «ayuda», «hola», «¿qué puede hacer?», on joining, and after «No lo sé». It says what the
/// bot does (answers, approvals, reminders) and offers buttons for the common questions.
/// </summary>
public static class HelpCard
{
    /// <summary>The buttons: what a member asks most, sent back as if typed (imBack); five at most (Teams' limit).</summary>
    public static readonly IReadOnlyList<(string Title, string Text)> CommonQuestions =
    [
        ("Próxima sesión", "próxima sesión"),
        ("Calendario de sesiones", "sesiones"),
        ("Objetivos del programa", "objetivos"),
        ("Mis votaciones pendientes", "mis pendientes"),
        ("Suscribir recordatorios", "suscribir recordatorios"),
    ];

    public const string Summary = "ProgramaBot: responde preguntas sobre el Programa Anual de Trabajo, lleva las votaciones de la Comisión y envía recordatorios.";

    /// <param name="inGroup">
    /// In a group chat or a channel Teams only delivers messages that @mention the bot, so the card shows that form
    /// and its buttons would post without the mention: there it lists the questions to type instead.
    /// </param>
    public static JsonObject Build(bool inGroup)
    {
        var body = new List<JsonNode>();
        body.Add(CardJson.Text("ProgramaBot, asistente de la Comisión de Seguimiento del Servicio Profesional Electoral Nacional", TextStyle.Title));
        body.Add(CardJson.Facts(
        [
            ("Preguntas", "Sobre el Programa Anual de Trabajo: sesiones, objetivos, líneas de acción, plazos y siglas; cito el apartado de donde tomo cada respuesta."),
            ("Aprobaciones", "Las solicitudes de modificación de metas y los dictámenes de incentivos se votan desde una tarjeta en la conversación de la Comisión; «mis pendientes» muestra las suyas."),
            ("Recordatorios", "Aviso antes de cada sesión y de cada plazo a las conversaciones suscritas («suscribir recordatorios»)."),
        ]));
        body.Add(inGroup
            ? CardJson.Text("En este chat, mencióneme antes de su pregunta, por ejemplo: «@ProgramaBot próxima sesión» o «@ProgramaBot ¿qué dice el objetivo 2.2?».", TextStyle.Subtle)
            : CardJson.Text("Escriba su pregunta, por ejemplo «¿cuándo es la sesión ordinaria III?», o elija una opción:", TextStyle.Subtle));

        return CardJson.Card(new CardSummary(Summary + " Escriba «ayuda» para ver las opciones.", Summary),
            body, inGroup ? null : CommonQuestions.Select(q => (JsonNode)ImBack(q.Title, q.Text)));
    }

    /// <summary>A message with <paramref name="text"/> (when given) above the help card.</summary>
    public static BotFramework.Activities.Activity Reply(BotFramework.Activities.Activity inbound, string? text = null)
    {
        var reply = BotFramework.Activities.Activity.Card(Build(IsGroup(inbound)), text ?? Summary);
        reply.Text = text;
        reply.TextFormat = text is null ? null : "markdown";
        return reply;
    }

    /// <summary>An Action.Submit that Teams turns into a message from the user (imBack): the same path as typing it.</summary>
    private static JsonObject ImBack(string title, string text) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JsonObject { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = text } },
    };

    /// <summary>True for group chats and channels (where the bot must be @mentioned).</summary>
    public static bool IsGroup(BotFramework.Activities.Activity activity)
        => activity.Conversation?.IsGroup == true || activity.Conversation?.ConversationType is "groupChat" or "channel";
}
