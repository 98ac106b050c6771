using System.Text.Json;

namespace ProgramaBot.Programme.Publication;

/// <summary>A programme to and from the data-file format, the one form in which programmes are stored.</summary>
public static class ProgrammeJson
{
    public static string Serialize(ProgrammeDocument programme) => JsonSerializer.Serialize(programme, ProgrammeJsonContext.Default.ProgrammeDocument);

    /// <summary>Parses and validates; <see cref="ProgrammeFileException"/> names <paramref name="origin"/> and each problem.</summary>
    public static ProgrammeDocument Parse(string json, string origin) => ProgrammeLoader.Parse(json, origin);
}
