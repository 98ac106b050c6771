using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Answers.Reading;
using ProgramaBot.Answers.Replies;
using ProgramaBot.Programme;

namespace ProgramaBot.Answers.Rules;

/// <summary>The chat commands: ayuda, sesiones, objetivos, líneas de acción, siglas, próxima sesión (accents optional).</summary>
public sealed class CommandRule(NextSessionRule nextSession) : IAnswerRule
{
    private static readonly HashSet<string> ListWords = new(StringComparer.Ordinal)
    {
        "generales", "lista", "listado", "todos", "todas", "objetivos", "lineas", "accion", "acciones",
    };

    public Reply? TryAnswer(Question question, AnswerContext context)
    {
        // Every command is at most three words once courtesy is left out: a longer question is not joined into a string.
        var spoken = 0;
        foreach (var word in question.Words)
        {
            spoken += IsCourtesy(word) ? 0 : 1;
        }

        if (spoken > 3)
        {
            return ListRequest(question, context);
        }

        var command = string.Join(' ', question.Words.Where(w => !IsCourtesy(w)));
        return command switch
        {
            "hola" or "buenos dias" or "buenas tardes" or "buenas noches" or "buenas" or "que tal" or "hola que tal" => FixedReplies.For(context).Of(nameof(Help), Help, context),
            "ayuda" or "ayudame" or "help" or "menu" or "comandos" or "que puedes hacer" or "que sabes" or "que sabes hacer" => FixedReplies.For(context).Of(nameof(Help), Help, context),
            "sesiones" or "calendario" or "sesiones ordinarias" => SessionReplies.Calendar(context),
            "objetivos" or "objetivos generales" => Objectives(context),
            "lineas" or "lineas de accion" => ActionLines(context),
            "proxima sesion" or "siguiente sesion" or "proxima" => nextSession.TryAnswer(question with { Words = ["proxima", "sesion"] }, context),
            _ => ListRequest(question, context),
        };
    }

    private static bool IsCourtesy(string word) => word is "por" or "favor" or "gracias" or "bot" or "programabot";

    /// <summary>"¿Cuáles son los objetivos generales?", "¿cuántos objetivos hay?", "todas las líneas de acción".</summary>
    private static Reply? ListRequest(Question question, AnswerContext context)
    {
        if (question.HasContentWordExcept(ListWords) || question.SectionNumbers.Count > 0)
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

    /// <summary>The examples are this programme's own session, objective and line, whatever its numbering.</summary>
    private static Reply Help(AnswerContext context)
    {
        var programme = context.Programme;
        var examples = new List<string>();
        if (programme.Sessions.Ordinary.Count > 0)
        {
            examples.Add($"«¿cuándo es la {programme.Sessions.Ordinary[Math.Min(2, programme.Sessions.Ordinary.Count - 1)].Name}?»");
        }

        if (programme.Objectives.Count > 0)
        {
            examples.Add($"«¿qué dice el objetivo {programme.Objectives[Math.Min(1, programme.Objectives.Count - 1)].Number}?»");
        }

        if (programme.ActionLines.Count > 0)
        {
            examples.Add($"«línea de acción {programme.ActionLines[programme.ActionLines.Count / 2].Number}»");
        }

        examples.AddRange(programme.Acronyms.Take(1).Select(a => $"«¿qué significa {a.Letters}?»"));
        var role = programme.Commission.TechnicalSecretary.Role;
        examples.Add($"«¿quién {(role.Split(' ')[0].EndsWith('a') ? "es la" : "es el")} {role.ToLowerInvariant()}?»");
        return new($"Soy ProgramaBot. Respondo preguntas sobre el {programme.ShortTitle} de la {programme.Commission.ShortName}. " +
                   $"Puede preguntar, por ejemplo: {string.Join(", ", examples)}. Comandos: «sesiones», «objetivos», " +
                   "«líneas de acción», «siglas» y «próxima sesión».",
            [.. programme.Sections.Where(s => s.Part != ApartadoPart.Other).Select(s => s.Number)], Reply.Sure);
    }

    /// <summary>The programme's objectives and action lines are the programme's alone: made once per programme.</summary>
    private static Reply Objectives(AnswerContext context) => FixedReplies.For(context).Of(nameof(Objectives), MakeObjectives, context);

    private static Reply ActionLines(AnswerContext context) => FixedReplies.For(context).Of(nameof(ActionLines), MakeActionLines, context);

    private static Reply MakeObjectives(AnswerContext context)
    {
        var objectives = context.Programme.Objectives;
        return new Reply($"Objetivos generales del {context.Programme.ShortTitle}: " +
                         string.Join(" ", objectives.Select(o => $"{o.Number} {o.Text}")), [context.Apartado(ApartadoPart.Objectives)], Reply.Sure)
        {
            List = new AnswerList(context.Programme.Of(ApartadoPart.Objectives).Title, [.. objectives.Select(o => new AnswerListItem(o.Number, o.Text))], null, ""),
        };
    }

    private static Reply MakeActionLines(AnswerContext context)
    {
        var lines = context.Programme.ActionLines;
        return new Reply("Líneas de acción: " + string.Join(" ", lines.Select(l => $"{l.Number} {l.Text}")), [context.Apartado(ApartadoPart.ActionLines)], Reply.Sure)
        {
            List = new AnswerList("Líneas de acción", [.. lines.Select(l => new AnswerListItem(l.Number, l.Text))], null, ""),
        };
    }
}
