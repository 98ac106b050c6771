using System.Globalization;

namespace ProgramaBot.Answers.Reading;

/// <summary>
/// The programme year a question names: «… del programa 2021», «la sesión ordinaria 3 del 2026», «en 2022».
/// A year is also content («el Concurso Público 2020», «la evaluación 2021-2022»): a year the programme itself
/// speaks of only names a programme when the wording says so (after «programa», «año», «en», or with dates).
/// </summary>
public static class QuestionYear
{
    /// <summary>Words that make a question about dates, where a year can only mean the programme of that year.</summary>
    private static readonly HashSet<string> DateWords = new(StringComparer.Ordinal)
    {
        "sesion", "sesiones", "ordinaria", "ordinarias", "extraordinaria", "extraordinarias", "reunion", "reuniones",
        "calendario", "proxima", "proximo", "siguiente", "pendiente", "pendientes", "fecha", "fechas", "mes", "meses",
    };

    private static readonly HashSet<string> ProgrammeWords = new(StringComparer.Ordinal) { "programa", "pat", "trabajo", "ano", "año", "anual" };

    /// <param name="loadedYears">The years whose programme is loaded: one of them named is always that programme.</param>
    /// <param name="isContent">Whether a loaded programme's text speaks of a year.</param>
    /// <returns>
    /// The programme year the question names, loaded or not (null when it names none), and else a year it names as
    /// content, so the programme speaking of it can answer.
    /// </returns>
    public static (int? Programme, int? Content) Read(string question, IReadOnlyCollection<int> loadedYears, Func<int, bool> isContent)
    {
        var words = SpanishText.Words(SpanishText.Normalize(question)).ToList();
        var years = words.Select((w, i) => (Year: AsYear(w), Index: i)).Where(y => y.Year is not null).Select(y => (Year: y.Year!.Value, y.Index)).ToList();
        if (years.FirstOrDefault(y => loadedYears.Contains(y.Year)) is { Year: > 0 } loaded)
        {
            return (loaded.Year, null);
        }

        var aboutDates = words.Any(w => DateWords.Contains(w) || Months.IsMonthWord(w));
        foreach (var (year, index) in years)
        {
            if (!isContent(year) || NamesProgramme(words, index, aboutDates))
            {
                return (year, null);
            }
        }

        return (null, years.Count > 0 ? years[0].Year : null);
    }

    private static bool NamesProgramme(List<string> words, int index, bool aboutDates)
    {
        var previous = index > 0 ? words[index - 1] : "";
        if (previous is "en" or "para" or "durante")
        {
            return true;
        }

        var before = index - 1;
        while (before >= 0 && words[before] is "de" or "del" or "el" or "la")
        {
            before--;
        }

        if (before >= 0 && ProgrammeWords.Contains(words[before]))
        {
            return true;
        }

        // «la sesión ordinaria 3 del 2026», «marzo de 2026»; not «¿por qué el apartado de sesiones dice 2020?».
        return aboutDates && (previous is "de" or "del" || Months.IsMonthWord(previous) || DateWords.Contains(previous));
    }

    private static int? AsYear(string word)
        => word.Length == 4 && word.All(char.IsDigit) && int.Parse(word, CultureInfo.InvariantCulture) is var year and >= 1990 and <= 2100
            ? year
            : null;
}
