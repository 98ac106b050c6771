namespace ProgramaBot.Answers;

/// <summary>The chat commands: ayuda, sesiones, objetivos, líneas de acción, siglas, próxima sesión (accents optional).</summary>
public sealed class CommandRule(NextSessionRule nextSession) : IAnswerRule
{
    public Reply? TryAnswer(Question question, AnswerContext context)
    {
        var command = string.Join(' ', question.Words.Where(w => w is not ("por" or "favor" or "gracias" or "hola" or "bot" or "programabot")));
        return command switch
        {
            "ayuda" or "help" or "menu" or "comandos" or "que puedes hacer" or "que sabes" => Help(context),
            "sesiones" or "calendario" or "sesiones ordinarias" => SessionReplies.Calendar(context),
            "objetivos" or "objetivos generales" => Objectives(context),
            "lineas" or "lineas de accion" => ActionLines(context),
            "proxima sesion" or "siguiente sesion" or "proxima" => nextSession.TryAnswer(question with { Words = ["proxima", "sesion"] }, context),
            _ => null,
        };
    }

    private static Reply Help(AnswerContext context)
        => new($"Respondo preguntas sobre el {context.Programme.ShortTitle} de la {context.Programme.Commission.ShortName}. " +
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
