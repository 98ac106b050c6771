using System.Collections.Concurrent;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace ProgramaBot.Storage.AzureTables;

/// <summary>One <see cref="TableClient"/> per table, created on first use (tables are created if missing).</summary>
public sealed class TableClients
{
    private readonly TableServiceClient _service;
    private readonly string _prefix;
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tables = new();

    public TableClients(IOptions<AzureTablesOptions> options)
    {
        var o = options.Value;
        _service = o switch
        {
            { ConnectionString: { Length: > 0 } connectionString } => new TableServiceClient(connectionString),
            { ServiceUri: { } uri } => new TableServiceClient(uri, new DefaultAzureCredential()),
            _ => throw new InvalidOperationException(
                "Storage:Provider is AzureTables but neither Storage:AzureTables:ConnectionString nor Storage:AzureTables:ServiceUri is set."),
        };
        _prefix = o.TablePrefix;
    }

    /// <param name="name">Letters and digits only (Azure table naming rules); the prefix is added.</param>
    public Task<TableClient> GetAsync(string name, CancellationToken cancellationToken) =>
        _tables.GetOrAdd(name, n => new Lazy<Task<TableClient>>(async () =>
        {
            var client = _service.GetTableClient(_prefix + n);
            await client.CreateIfNotExistsAsync(cancellationToken);
            return client;
        })).Value;
}
