namespace ProgramaBot.Answers.Replies;

/// <summary>
/// What a member is likely to ask after an answer, offered as suggested actions (Teams shows them in personal chats):
/// after a session, the next one and the reminders; after an objective or a line, the lists.
/// </summary>
public static class NextSteps
{
    public static IReadOnlyList<string> For(Answer answer)
    {
        if (!answer.Answered)
        {
            return [];
        }

        var text = SpanishText.Fold(answer.Text);
        return text.Contains("sesion", StringComparison.Ordinal) ? ["próxima sesión", "suscribir recordatorios", "sesiones"]
            : text.Contains("objetivo", StringComparison.Ordinal) || text.Contains("linea de accion", StringComparison.Ordinal) ? ["objetivos", "líneas de acción"]
            : [];
    }
}
