
namespace ProgramaBot.Programme.Import;

/// <summary>
/// The instruments the commission's programmes rest on, with the short id prefix their legal bases get.
/// A source that misspells one by a word ending ("Procedimientos Electoral") gets its proper name and a note
/// quoting what the source wrote; a law not listed keeps its name as written and an id made of its initials.
/// </summary>
public static class KnownLaws
{
    private static readonly (string Prefix, string Name)[] Laws =
    [
        ("cpeum", "Constitución Política de los Estados Unidos Mexicanos"),
        ("lgipe", "Ley General de Instituciones y Procedimientos Electorales"),
        ("estatuto", "Estatuto del Servicio Profesional Electoral Nacional y del Personal de la Rama Administrativa"),
        ("lipeed", "Ley de Instituciones y Procedimientos Electorales para el Estado de Durango"),
        ("reglamento-comisiones", "Reglamento de Comisiones del Consejo General del Instituto Electoral y de Participación Ciudadana del Estado de Durango"),
        ("reglamento-interior", "Reglamento Interior del Instituto Electoral y de Participación Ciudadana del Estado de Durango"),
    ];

    private static readonly HashSet<string> Connectors = ["de", "del", "la", "las", "los", "el", "y", "e", "para", "en"];

    /// <summary>The proper name and id prefix of <paramref name="written"/>; <c>Corrected</c> when the source's spelling differs.</summary>
    public static (string Name, string Prefix, bool Corrected) Resolve(string written)
    {
        var words = SpanishText.Fold(written).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (prefix, name) in Laws)
        {
            var known = SpanishText.Fold(name).Split(' ');
            if (known.SequenceEqual(words))
            {
                return (name, prefix, false);
            }

            if (known.Length == words.Length && known.Zip(words).Count(p => p.First != p.Second) == 1
                && known.Zip(words).All(p => p.First == p.Second || SameStem(p.First, p.Second)))
            {
                return (name, prefix, true);
            }
        }

        return (written, Initials(written), false);
    }

    private static bool SameStem(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 5 && longer.StartsWith(shorter, StringComparison.Ordinal) && longer.Length - shorter.Length <= 2;
    }

    private static string Initials(string name)
    {
        var words = SpanishText.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Connectors.Contains(w)).ToList();
        var initials = string.Concat(words.Select(w => char.IsLetterOrDigit(w[0]) ? w[0].ToString() : ""));
        return words.Count <= 1 ? (words.FirstOrDefault() ?? "norma") : initials;
    }
}
