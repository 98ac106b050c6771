namespace ProgramaBot.Answers.Knowledge;

/// <summary>
/// Every word the engine understands for one programme: the programme's own words plus question words,
/// months, ordinals and everyday synonyms. Misspelt words are corrected towards it by edit distance.
/// </summary>
public sealed class Vocabulary
{
    /// <summary>Words the rules react to that may not occur in the programme text.</summary>
    private static readonly string[] RuleWords =
    [
        "sesion", "sesiones", "ordinaria", "ordinarias", "extraordinaria", "extraordinarias", "proxima", "siguiente",
        "pendiente", "pendientes", "sigue", "viene", "falta", "faltan", "vence", "vencen", "plazo", "plazos", "agenda",
        "periodo", "inicia", "empieza", "comienza", "termina", "concluye", "acaba", "abarca", "cubre", "dura",
        "siglas", "sigla", "acronimo", "acronimos", "significado", "ayuda", "objetivos", "objetivo", "linea", "lineas",
        "accion", "acciones", "articulo", "articulos", "apartado", "seccion", "punto", "nuevo", "veces", "pasa",
        "sucede", "ocurre", "actividades", "glosario", "lista", "listado", "aparecen", "usa", "utiliza", "ultima",
        "penultima", "cuantas", "cuantos", "toca", "celebra", "queda", "quedan", "hay",
    ];

    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    /// <summary>Correction candidates (four letters or more, not numbers) by length, each with its <see cref="LetterMask"/>.</summary>
    private readonly Dictionary<int, (string[] Words, uint[] Masks)> byLength = [];

    public Vocabulary(IEnumerable<string> programmeTexts)
    {
        foreach (var text in programmeTexts)
        {
            words.UnionWith(SpanishText.Words(SpanishText.Normalize(text)));
        }

        words.UnionWith(QuestionWords.Fillers);
        words.UnionWith(RuleWords);
        words.UnionWith(Thesaurus.Words);
        foreach (var month in Enumerable.Range(1, 12))
        {
            words.Add(Months.Name(month));
        }

        // In the set's order, as before the masks: among equally close words the first one wins.
        foreach (var group in words.Where(w => w.Length >= 4 && !char.IsDigit(w[0])).GroupBy(w => w.Length))
        {
            string[] candidates = [.. group];
            byLength[group.Key] = (candidates, [.. candidates.Select(w => LetterMask.Of(w))]);
        }
    }

    public bool Contains(string word) => words.Contains(word);

    /// <summary>The word itself when known, else its closest known word within a small edit distance, else null.</summary>
    public string? Correct(string word)
    {
        if (words.Contains(word) || Months.IsMonthWord(word) || Ordinals.Parse(word, allowRoman: true) is not null)
        {
            return word;
        }

        if (word.Length < 5 || char.IsDigit(word[0]))
        {
            return null;
        }

        var allowed = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = allowed + 1;
        var mask = LetterMask.Of(word);
        for (var length = word.Length - allowed; length <= word.Length + allowed; length++)
        {
            if (!byLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            for (var i = 0; i < candidates.Words.Length; i++)
            {
                // Most words differ in more letters than the bound allows: no alignment needed to rule them out.
                if (LetterMask.DistanceAtLeast(mask, candidates.Masks[i]) >= bestDistance)
                {
                    continue;
                }

                var candidate = candidates.Words[i];
                var distance = EditDistance.Bounded(word, candidate, bestDistance - 1);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (candidate, distance);
                }
            }
        }

        return best;
    }
}
