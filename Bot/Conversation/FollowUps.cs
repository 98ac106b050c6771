using System.Globalization;

namespace ProgramaBot.Conversation;

/// <summary>
/// Turns a follow-up into the whole question it stands for, given the conversation's last subject:
/// «¿y la cuarta?», «¿y el siguiente?», «¿y en 2025?», «¿cuándo es?», «¿qué líneas tiene?».
/// A question that names its own subject is left alone.
/// </summary>
public static class FollowUps
{
    private static readonly HashSet<string> Glue = new(StringComparer.Ordinal)
    {
        "y", "e", "entonces", "la", "el", "lo", "de", "del", "en", "para", "programa", "ano", "sesion", "objetivo", "linea", "accion", "numero", "pues", "que", "tal",
    };

    private static readonly HashSet<string> Next = new(StringComparer.Ordinal) { "siguiente", "proxima", "proximo", "sigue", "despues" };
    private static readonly HashSet<string> Previous = new(StringComparer.Ordinal) { "anterior", "previa", "previo" };
    private static readonly HashSet<string> When = new(StringComparer.Ordinal) { "cuando", "fecha", "dia", "vence", "es", "toca", "sera", "celebra", "hora" };
    private static readonly HashSet<string> Lines = new(StringComparer.Ordinal) { "lineas", "tiene", "sus", "cuales", "son", "accion", "que", "de", "y" };

    /// <returns>The whole question, or null when <paramref name="text"/> is not a follow-up of <paramref name="subject"/>.</returns>
    public static string? Resolve(string text, ConversationSubject subject)
    {
        if (Subjects.Of(text, subject.At) is not null)
        {
            return null;
        }

        var words = SpanishText.Words(SpanishText.Normalize(text));
        if (words.Length is 0 or > 8)
        {
            return null;
        }

        var rest = words.Where(w => !Glue.Contains(w)).ToList();
        if (rest.Count == 1 && Subjects.YearOf(rest[0]) is { } year && words[0] is "y" or "en" or "del" or "para" or "de")
        {
            return Question(subject with { Year = year });
        }

        if (rest.Count == 1 && NumberOf(rest[0], subject) is { } number)
        {
            return Question(subject with { Number = number });
        }

        if (rest.Count is 1 or 2 && rest.All(w => Next.Contains(w) || w == "que"))
        {
            return Shift(subject, +1) is { } next ? Question(subject with { Number = next }) : null;
        }

        if (rest.Count == 1 && Previous.Contains(rest[0]))
        {
            return Shift(subject, -1) is { } previous ? Question(subject with { Number = previous }) : null;
        }

        if (rest.Count > 0 && rest.All(When.Contains) && rest.Any(w => w is "cuando" or "fecha" or "dia" or "vence" or "hora"))
        {
            return subject.Kind == SubjectKinds.Objective ? null : Question(subject);
        }

        if (words.Contains("lineas") && words.All(Lines.Contains) && subject.Kind == SubjectKinds.Objective)
        {
            return $"¿qué líneas de acción tiene el objetivo {subject.Number}{YearSuffix(subject)}?";
        }

        return null;
    }

    /// <summary>The whole question about <paramref name="subject"/>, in the words the answer rules know.</summary>
    public static string Question(ConversationSubject subject) => subject.Kind switch
    {
        SubjectKinds.OrdinarySession => $"¿cuándo es la sesión ordinaria {subject.Number}{YearSuffix(subject)}?",
        SubjectKinds.ExtraordinarySession => $"¿cuándo es la sesión extraordinaria {subject.Number}{YearSuffix(subject)}?",
        SubjectKinds.ActionLine => $"¿qué dice la línea de acción {subject.Number}{YearSuffix(subject)}?",
        _ => $"¿qué dice el objetivo {subject.Number}{YearSuffix(subject)}?",
    };

    private static string YearSuffix(ConversationSubject subject)
        => subject.Year is { } year ? string.Create(CultureInfo.InvariantCulture, $" del programa {year}") : "";

    /// <summary>«cuarta», «4», «IV» for a session; «2.7» or «7» (the last part) for an objective or a line.</summary>
    private static string? NumberOf(string word, ConversationSubject subject)
    {
        if (SubjectKinds.IsSession(subject.Kind))
        {
            return Ordinals.Parse(word, allowRoman: true)?.ToString(CultureInfo.InvariantCulture);
        }

        if (word.Contains('.', StringComparison.Ordinal) && word.All(c => char.IsDigit(c) || c == '.'))
        {
            return word;
        }

        var n = Ordinals.Parse(word, allowRoman: false) ?? (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : null);
        var dot = subject.Number.LastIndexOf('.');
        return n is null ? null : dot < 0 ? n.Value.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{subject.Number[..(dot + 1)]}{n}");
    }

    /// <summary>3 → 4; 2.6 → 2.7 (the last part moves).</summary>
    private static string? Shift(ConversationSubject subject, int by)
    {
        var dot = subject.Number.LastIndexOf('.');
        var last = int.Parse(subject.Number[(dot + 1)..], CultureInfo.InvariantCulture) + by;
        return last < 1 ? null : string.Create(CultureInfo.InvariantCulture, $"{subject.Number[..(dot + 1)]}{last}");
    }
}
