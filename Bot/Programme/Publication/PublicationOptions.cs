using System.ComponentModel.DataAnnotations;

namespace ProgramaBot.Programme.Publication;

/// <summary>Configuration section "Programme:Publication": loading programmes from Teams and the API, and noticing publications.</summary>
public sealed class PublicationOptions
{
    public const string Section = "Programme:Publication";

    /// <summary>How often each instance checks storage for a newly published programme (a count of rows, no bodies).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Largest programme file accepted from Teams or POST /api/programmes (the importer refuses more than 10 MB anyway).</summary>
    [Range(1024, ProgramaBot.Programme.Import.ProgrammeImporter.MaxBytes)]
    public int MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>How long downloading the file Teams offers may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
