using System.ComponentModel.DataAnnotations;

namespace ProgramaBot.Programme;

/// <summary>Configuration section "Programme".</summary>
public sealed class ProgrammeOptions
{
    public const string Section = "Programme";

    /// <summary>The 2021 programme shipped with the bot, relative to the application folder.</summary>
    public const string BuiltInFile = "Programme/Data/programa-2021.json";

    /// <summary>Further programme files (another year, another commission); relative paths start at the application folder.</summary>
    public List<string> Files { get; init; } = [];

    /// <summary>False to serve only <see cref="Files"/>.</summary>
    public bool IncludeBuiltIn { get; init; } = true;

    /// <summary>Zone in which programme months and "today" are read; Durango observes Central Mexico time.</summary>
    [Required]
    public string TimeZone { get; init; } = "America/Mexico_City";

    public IEnumerable<string> AllFiles()
        => (IncludeBuiltIn ? [BuiltInFile] : Array.Empty<string>()).Concat(Files)
            .Select(f => Path.IsPathRooted(f) ? f : Path.Combine(AppContext.BaseDirectory, f));
}
