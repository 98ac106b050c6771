using ProgramaBot.Answers.Knowledge;
using ProgramaBot.Programme;

namespace ProgramaBot.Answers.Replies;

/// <summary>
/// "Fuente: Programa Anual de Trabajo 2021, apartado 3, línea de acción 3.5.2." The apartado of an item is the one
/// holding its part in this programme's data, not the first digits of its number.
/// </summary>
public static class Citation
{
    /// <summary>
    /// A programme's single-source citations, made once each: most answers cite one apartado or item, and a loaded
    /// programme never changes (a published one is a new document). Bounded by the programme's own numbers.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ProgrammeDocument, System.Collections.Concurrent.ConcurrentDictionary<string, string>> OneSource = new();

    public static string For(ProgrammeDocument programme, IReadOnlyList<string> sources)
    {
        if (sources.Count != 1)
        {
            return Compose(programme, sources);
        }

        var made = OneSource.GetValue(programme, static _ => new(StringComparer.Ordinal));
        return made.TryGetValue(sources[0], out var citation) ? citation : made.GetOrAdd(sources[0], Compose(programme, sources));
    }

    private static string Compose(ProgrammeDocument programme, IReadOnlyList<string> sources)
        => $"Fuente: {programme.ShortTitle}, {string.Join("; ", sources.Distinct().Select(s => Describe(programme, s)))}.";

    private static string Describe(ProgrammeDocument programme, string source)
    {
        if (programme.Sections.FirstOrDefault(s => s.Number == source) is { } section)
        {
            return Apartados.Label(section);
        }

        if (Apartados.Containing(programme, source) is not { } apartado)
        {
            return source;
        }

        var kind = programme.Objectives.Any(o => o.Number == source) ? "objetivo"
            : programme.SpecificObjectives.Any(o => o.Number == source) ? "objetivo específico"
            : "línea de acción";
        return $"{Apartados.Label(apartado)}, {kind} {source}";
    }
}
