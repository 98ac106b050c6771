using System.ComponentModel.DataAnnotations;

namespace ProgramaBot.BackgroundJobs;

public sealed class HangfireOptions : IValidatableObject
{
    public const string Section = "Hangfire";
    public const string StorageInMemory = "InMemory";
    public const string StorageSqlite = "Sqlite";
    public const string StoragePostgreSql = "PostgreSql";

    /// <summary>InMemory or Sqlite (one instance, no server) or PostgreSql (several instances share it).</summary>
    [Required]
    public string Storage { get; set; } = StorageSqlite;

    public PostgreSqlSettings PostgreSql { get; set; } = new();

    /// <summary>How often servers look for due scheduled and recurring jobs (Hangfire's default is 15 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(5);

    [Range(1, 200)]
    public int WorkerCount { get; set; } = 10;

    public sealed class PostgreSqlSettings
    {
        public string? ConnectionString { get; set; }
        public string SchemaName { get; set; } = "hangfire";
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Storage is not (StorageInMemory or StorageSqlite or StoragePostgreSql))
        {
            yield return new ValidationResult($"Hangfire:Storage must be {StorageInMemory}, {StorageSqlite} or {StoragePostgreSql} (was '{Storage}').", [nameof(Storage)]);
        }

        if (Storage == StoragePostgreSql && string.IsNullOrWhiteSpace(PostgreSql.ConnectionString))
        {
            yield return new ValidationResult("Hangfire:PostgreSql:ConnectionString is required when Hangfire:Storage is PostgreSql.",
                [nameof(PostgreSql)]);
        }
    }
}
