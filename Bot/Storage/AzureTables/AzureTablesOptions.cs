namespace ProgramaBot.Storage.AzureTables;

/// <summary>
/// Azure Table Storage: a connection string (Azurite, keys) or a service URI reached with the app's
/// managed identity (DefaultAzureCredential) — never both.
/// </summary>
public sealed class AzureTablesOptions
{
    public const string Section = "Storage:AzureTables";

    public string? ConnectionString { get; set; }
    public Uri? ServiceUri { get; set; }

    /// <summary>Prepended to every table name, so several deployments can share one account.</summary>
    public string TablePrefix { get; set; } = "ProgramaBot";
}
