namespace ProgramaBot.Answers;

/// <summary>The chat commands: ayuda, sesiones, objetivos, líneas de acción, siglas, próxima sesión (accents optional).</summary>
public sealed class CommandRule(NextSessionRule nextSession) : IAnswerRule
{
    public Reply? TryAnswer(Question question, AnswerContext context)
    {
        var command = string.Join(' ', question.Words.Where(w => w is not ("por" or "favor" or "gracias" or "bot" or "programabot")));
        return command switch
        {
            "hola" or "buenos dias" or "buenas tardes" or "buenas noches" or "buenas" or "que tal" or "hola que tal" => Help(context),
            "ayuda" or "ayudame" or "help" or "menu" or "comandos" or "que puedes hacer" or "que sabes" or "que sabes hacer" => Help(context),
            "sesiones" or "calendario" or "sesiones ordinarias" => SessionReplies.Calendar(context),
            "objetivos" or "objetivos generales" => Objectives(context),
            "lineas" or "lineas de accion" => ActionLines(context),
            "proxima sesion" or "siguiente sesion" or "proxima" => nextSession.TryAnswer(question with { Words = ["proxima", "sesion"] }, context),
            _ => ListRequest(question, context),
        };
    }

    /// <summary>"¿Cuáles son los objetivos generales?", "¿cuántos objetivos hay?", "todas las líneas de acción".</summary>
    private static Reply? ListRequest(Question question, AnswerContext context)
    {
        var listWords = new HashSet<string>(StringComparer.Ordinal) { "generales", "lista", "listado", "todos", "todas", "objetivos", "lineas", "accion", "acciones" };
        if (question.ContentWordsExcept(listWords).Any() || question.SectionNumbers.Count > 0)
        {
            return null;
        }

        var count = question.HasAny("cuantos", "cuantas");
        if (question.Has("objetivos"))
        {
            var reply = Objectives(context);
            var n = context.Programme.Objectives.Count;
            return count ? reply with { Text = $"Son {n} ({Ordinals.Cardinal(n)}) objetivos generales. " + reply.Text } : reply;
        }

        if (question.Has("lineas"))
        {
            var reply = ActionLines(context);
            var n = context.Programme.ActionLines.Count;
            return count ? reply with { Text = $"Son {n} líneas de acción. " + reply.Text } : reply;
        }

        return null;
    }

    private static Reply Help(AnswerContext context)
        => new($"Soy ProgramaBot. Respondo preguntas sobre el {context.Programme.ShortTitle} de la {context.Programme.Commission.ShortName}. " +
               "Escribe, por ejemplo: «¿cuándo es la sesión ordinaria III?», «¿qué dice el objetivo 2.2?», «línea de acción 3.5.2», " +
               "«¿qué significa DESPEN?», «¿quién es el secretario técnico?». Comandos: «sesiones», «objetivos», " +
               "«líneas de acción», «siglas» y «próxima sesión».", ["1", "2", "3", "4"], Reply.Sure);

    private static Reply Objectives(AnswerContext context)
    {
        var objectives = context.Programme.Objectives;
        return new Reply($"Objetivos generales del {context.Programme.ShortTitle}: " +
                         string.Join(" ", objectives.Select(o => $"{o.Number} {o.Text}")), ["2"], Reply.Sure)
        {
            List = new AnswerList("Objetivos generales", [.. objectives.Select(o => new AnswerListItem(o.Number, o.Text))], null, ""),
        };
    }

    private static Reply ActionLines(AnswerContext context)
    {
        var lines = context.Programme.ActionLines;
        return new Reply("Líneas de acción: " + string.Join(" ", lines.Select(l => $"{l.Number} {l.Text}")), ["3"], Reply.Sure)
        {
            List = new AnswerList("Líneas de acción", [.. lines.Select(l => new AnswerListItem(l.Number, l.Text))], null, ""),
        };
    }
}
