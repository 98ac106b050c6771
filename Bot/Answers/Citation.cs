using ProgramaBot.Programme;

namespace ProgramaBot.Answers;

/// <summary>"Fuente: Programa Anual de Trabajo 2021, apartado 3, línea de acción 3.5.2."</summary>
public static class Citation
{
    public static string For(ProgrammeDocument programme, IReadOnlyList<string> sources)
        => $"Fuente: {programme.ShortTitle}, {string.Join("; ", sources.Distinct().Select(s => Describe(programme, s)))}.";

    private static string Describe(ProgrammeDocument programme, string source)
    {
        if (programme.Sections.Any(s => s.Number == source))
        {
            return $"apartado {source}";
        }

        var section = source.Split('.')[0];
        if (programme.Objectives.Any(o => o.Number == source))
        {
            return $"apartado {section}, objetivo {source}";
        }

        if (programme.SpecificObjectives.Any(o => o.Number == source))
        {
            return $"apartado {section}, objetivo específico {source}";
        }

        return programme.ActionLines.Any(l => l.Number == source) ? $"apartado {section}, línea de acción {source}" : source;
    }
}
