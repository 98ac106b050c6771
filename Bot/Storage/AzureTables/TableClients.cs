using System.Collections.Concurrent;
using Azure.Core;
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
            { ConnectionString: { Length: > 0 } connectionString } => new TableServiceClient(connectionString, ClientOptions(Forget)),
            { ServiceUri: { } uri } => new TableServiceClient(uri, new DefaultAzureCredential(), ClientOptions(Forget)),
            _ => throw new InvalidOperationException(
                "Storage:Provider is AzureTables but neither Storage:AzureTables:ConnectionString nor Storage:AzureTables:ServiceUri is set."),
        };
        _prefix = o.TablePrefix;
    }

    /// <summary>Short retries: a chat turn must answer within Teams' 15 s, not wait out the SDK's default backoff.</summary>
    private static TableClientOptions ClientOptions(Action<string> forgetTable)
    {
        var options = new TableClientOptions();
        options.AddPolicy(new TableNotFoundPolicy(forgetTable), HttpPipelinePosition.PerCall);
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        return options;
    }

    /// <param name="name">Letters and digits only (Azure table naming rules); the prefix is added.</param>
    public async Task<TableClient> GetAsync(string name, CancellationToken cancellationToken)
    {
        var creation = _tables.GetOrAdd(name, n => new Lazy<Task<TableClient>>(() => CreateAsync(n)));
        try
        {
            return await creation.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (creation.Value.IsFaulted || creation.Value.IsCanceled)
        {
            // A creation that failed (storage down at first use) must not be remembered: the next call tries again.
            _tables.TryRemove(new KeyValuePair<string, Lazy<Task<TableClient>>>(name, creation));
            throw;
        }
    }

    /// <summary>The service said <paramref name="fullName"/> does not exist: the next use creates it again.</summary>
    private void Forget(string fullName)
    {
        if (fullName.StartsWith(_prefix, StringComparison.Ordinal))
        {
            _tables.TryRemove(fullName[_prefix.Length..], out _);
        }
    }

    // Not tied to the first caller's token: one cancelled request must not fail the table for everyone.
    private async Task<TableClient> CreateAsync(string name)
    {
        var client = _service.GetTableClient(_prefix + name);
        await client.CreateIfNotExistsAsync(CancellationToken.None);
        return client;
    }
}
