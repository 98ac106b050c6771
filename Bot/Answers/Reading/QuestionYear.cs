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
        => Read(SpanishText.Words(SpanishText.Normalize(question)), loadedYears, isContent);

    /// <param name="words">The question's normalised words (<see cref="SpanishText.Normalize"/>).</param>
    /// <remarks>Loops, no LINQ: read for every chat message; most name no year and allocate nothing here.</remarks>
    public static (int? Programme, int? Content) Read(IReadOnlyList<string> words, IReadOnlyCollection<int> loadedYears, Func<int, bool> isContent)
    {
        int? firstYear = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (AsYear(words[i]) is { } year)
            {
                if (loadedYears.Contains(year))
                {
                    return (year, null);
                }

                firstYear ??= year;
            }
        }

        if (firstYear is null)
        {
            return (null, null);
        }

        var aboutDates = false;
        foreach (var w in words)
        {
            aboutDates = aboutDates || DateWords.Contains(w) || Months.IsMonthWord(w);
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (AsYear(words[i]) is { } year && (!isContent(year) || NamesProgramme(words, i, aboutDates)))
            {
                return (year, null);
            }
        }

        return (null, firstYear);
    }

    private static bool NamesProgramme(IReadOnlyList<string> words, int index, bool aboutDates)
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
        => word.Length == 4 && char.IsDigit(word[0]) && char.IsDigit(word[1]) && char.IsDigit(word[2]) && char.IsDigit(word[3])
           && int.Parse(word, CultureInfo.InvariantCulture) is var year and >= 1990 and <= 2100
            ? year
            : null;
}
