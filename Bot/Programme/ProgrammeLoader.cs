using System.Text.Json;

namespace ProgramaBot.Programme;

/// <summary>Reads a programme data file and refuses it, loudly, if it is malformed or inconsistent.</summary>
public static class ProgrammeLoader
{
    public static ProgrammeDocument LoadFile(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new ProgrammeFileException(path, [new("file", $"cannot be read ({e.Message})")], e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ProgrammeFileException(path, [new("file", $"cannot be read ({e.Message})")], e);
        }

        return Parse(json, path);
    }

    /// <param name="origin">The file name used in error messages.</param>
    public static ProgrammeDocument Parse(string json, string origin)
    {
        ProgrammeDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, ProgrammeJsonContext.Default.ProgrammeDocument);
        }
        catch (JsonException e)
        {
            var item = string.IsNullOrEmpty(e.Path) ? "document" : e.Path;
            var where = e.LineNumber is { } line ? $" (line {line + 1})" : "";
            throw new ProgrammeFileException(origin, [new(item, e.Message + where)], e);
        }

        if (document is null)
        {
            throw new ProgrammeFileException(origin, [new("document", "the file is empty or null")]);
        }

        var problems = ProgrammeValidator.Validate(document);
        return problems.Count == 0 ? document : throw new ProgrammeFileException(origin, problems);
    }
}
