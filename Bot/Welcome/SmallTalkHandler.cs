using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Turns;

namespace ProgramaBot.Welcome;

/// <summary>Greetings, thanks, goodbyes and questions about the bot itself get a short, polite answer, never «No lo sé».</summary>
internal sealed class SmallTalkHandler : IMessageHandler
{
    public const string Identity =
        "Soy ProgramaBot, el asistente digital de la Comisión de Seguimiento del Servicio Profesional Electoral Nacional del IEPC Durango. " +
        "No soy una persona: respondo con lo que dice el Programa Anual de Trabajo, llevo las votaciones de la Comisión y envío recordatorios.";

    public const string Thanks = "Con gusto. Quedo a sus órdenes.";
    public const string Goodbye = "Hasta luego. Aquí estaré cuando me necesite.";
    public const string Wellbeing = "Muy bien, gracias. ¿En qué le puedo ayudar?";

    public async Task<bool> TryHandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Value is not null || SmallTalk.Classify(turn.Text) is not { } kind)
        {
            return false;
        }

        var reply = kind switch
        {
            SmallTalkKind.Thanks => Activity.Message(Thanks),
            SmallTalkKind.Goodbye => Activity.Message(Goodbye),
            SmallTalkKind.Wellbeing => Activity.Message(Wellbeing),
            SmallTalkKind.Identity => HelpCard.Reply(turn.Activity, Identity),
            SmallTalkKind.Greeting => HelpCard.Reply(turn.Activity, Greeting(turn.Text)),
            _ => HelpCard.Reply(turn.Activity),
        };
        await turn.SendAsync(reply, cancellationToken);
        return true;
    }

    /// <summary>Answers in kind: «Buenos días, …» to «buenos días», «Buenas tardes, …» to «buenas tardes», else «Hola, …».</summary>
    private static string Greeting(string text)
    {
        var folded = SpanishText.Normalize(text);
        return folded.Contains("buenos dias", StringComparison.Ordinal) || folded.Contains("buen dia", StringComparison.Ordinal) ? "Buenos días, soy ProgramaBot. ¿En qué le puedo ayudar?"
            : folded.Contains("buenas tardes", StringComparison.Ordinal) ? "Buenas tardes, soy ProgramaBot. ¿En qué le puedo ayudar?"
            : folded.Contains("buenas noches", StringComparison.Ordinal) ? "Buenas noches, soy ProgramaBot. ¿En qué le puedo ayudar?"
            : "Hola, soy ProgramaBot. ¿En qué le puedo ayudar?";
    }
}
