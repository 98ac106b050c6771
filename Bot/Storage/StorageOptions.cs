using System.ComponentModel.DataAnnotations;

namespace ProgramaBot.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";
    public const string Sqlite = "Sqlite";
    public const string AzureTables = "AzureTables";

    /// <summary><c>Sqlite</c> (embedded default) or <c>AzureTables</c>.</summary>
    [Required, RegularExpression("^(Sqlite|AzureTables)$", ErrorMessage = "Storage:Provider must be Sqlite or AzureTables.")]
    public string Provider { get; set; } = Sqlite;

    /// <summary>Folder of the SQLite file; relative paths are under the content root.</summary>
    [Required]
    public string DataFolder { get; set; } = ".data";
}
