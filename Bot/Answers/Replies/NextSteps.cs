namespace ProgramaBot.Answers.Replies;

/// <summary>
/// What a member is likely to ask after an answer, offered as suggested actions (Teams shows them in personal chats):
/// after a session, the next one and the reminders; after an objective or a line, the lists.
/// </summary>
public static class NextSteps
{
    /// <summary>The lists offered, made once: chat builds each one's suggested actions once too (by reference).</summary>
    private static readonly string[] AfterSession = ["próxima sesión", "suscribir recordatorios", "sesiones"];

    private static readonly string[] AfterItem = ["objetivos", "líneas de acción"];

    public static IReadOnlyList<string> For(Answer answer)
    {
        if (!answer.Answered)
        {
            return [];
        }

        var text = answer.Text;
        return SpanishText.FoldedContains(text, "sesion") ? AfterSession
            : SpanishText.FoldedContains(text, "objetivo") || SpanishText.FoldedContains(text, "linea de accion") ? AfterItem
            : [];
    }
}
