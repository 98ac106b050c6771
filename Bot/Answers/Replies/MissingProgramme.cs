using System.Globalization;

namespace ProgramaBot.Answers.Replies;

/// <summary>
/// What the bot says when a question needs a year whose programme is not loaded: that it is missing, which years
/// are loaded and how the missing one gets loaded — never an answer taken from another year.
/// </summary>
public static class MissingProgramme
{
    /// <param name="what">What cannot be done without it: "responder sobre ese año", "indicar la próxima sesión".</param>
    /// <param name="detail">An optional sentence about what is known (the last session of the latest programme).</param>
    public static Reply Reply(int year, string what, IReadOnlyList<int> loadedYears, string? detail = null)
    {
        var loaded = loadedYears.Count switch
        {
            0 => "",
            1 => $"Tengo cargado el programa de {loadedYears[0]}. ",
            _ => $"Tengo cargados los programas de {SpanishLists.Join(loadedYears.Select(y => y.ToString(CultureInfo.InvariantCulture)))}. ",
        };
        var text = $"No tengo cargado el programa de {year}, así que no puedo {what}. {(detail is null ? "" : detail + " ")}{loaded}" +
                   $"Para cargar el de {year}, la Secretaria o el Secretario Técnico de la Comisión envía el documento del Programa Anual de Trabajo {year} " +
                   "(Word o PDF) al bot en un chat personal; en cuanto la Comisión lo apruebe, responderé con él.";
        return new Reply(text, [], 0) { Declines = true, MissingProgramme = true };
    }
}
