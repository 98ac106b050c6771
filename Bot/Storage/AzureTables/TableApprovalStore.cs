using Azure;
using Azure.Data.Tables;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Storage;

namespace ProgramaBot.Storage.AzureTables;

/// <summary>
/// Approvals in Azure Tables. One partition per request (PartitionKey = request id): the request row, one row per
/// vote, one per audit line and the publication row, so an entity-group transaction changes the request (guarded by
/// its ETag), the vote, the audit and the publication together.
/// </summary>
internal sealed class TableApprovalStore(TableClients tables) : IApprovalStore
{
    private const string Table = "Approvals";

    public async Task<bool> CreateAsync(ApprovalRequest request, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Add, TableApprovalRows.Request(request)),
            new(TableTransactionActionType.Add, TableApprovalPublicationRow.Full(request.Id, RequestPublication.Posted(request))),
        };
        actions.AddRange(AuditActions(request.Id, request.Version, audit));
        return await TrySubmitAsync(table, actions, cancellationToken);
    }

    public async Task<ApprovalSnapshot?> GetAsync(string requestId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var key = TableKeys.Encode(requestId);
        ApprovalRequest? request = null;
        var votes = new List<Vote>();
        // One query over the partition reads the request and its votes as of the same moment the service saw them.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {key} and (RowKey eq {TableApprovalRows.RequestRow} or (RowKey ge {TableApprovalRows.VotePrefix} and RowKey lt {TableApprovalRows.VoteEnd}))");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (entity.RowKey == TableApprovalRows.RequestRow)
            {
                request = TableApprovalRows.ReadRequest(entity);
            }
            else
            {
                votes.Add(StoreJson.Read<Vote>(entity.GetString(TableApprovalRows.Body)));
            }
        }

        return request is null ? null : new ApprovalSnapshot(request, [.. votes.OrderBy(v => v.MemberKey, StringComparer.Ordinal)]);
    }

    public async Task<IReadOnlyList<ApprovalSnapshot>> ListOpenAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {TableApprovalRows.RequestRow} and Status eq {nameof(RequestStatus.Open)}");
        var ids = new List<string>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            ids.Add(TableKeys.Decode(entity.PartitionKey));
        }

        var result = new List<ApprovalSnapshot>();
        foreach (var id in ids)
        {
            if (await GetAsync(id, cancellationToken) is { Request.IsOpen: true } snapshot)
            {
                result.Add(snapshot);
            }
        }

        return [.. result.OrderBy(s => s.Request.CreatedAt).ThenBy(s => s.Request.Id, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string requestId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {TableKeys.Encode(requestId)} and RowKey ge {TableApprovalRows.AuditPrefix} and RowKey lt {TableApprovalRows.AuditEnd}");
        var result = new List<AuditEntry>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            result.Add(StoreJson.Read<AuditEntry>(entity.GetString(TableApprovalRows.Body)) with { Sequence = entity.GetInt64("Sequence") ?? 0 });
        }

        return [.. result.OrderBy(a => a.Sequence)];
    }

    public async Task<bool> TryCommitAsync(ApprovalChange change, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var current = await table.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.Encode(change.Updated.Id), TableApprovalRows.RequestRow, cancellationToken: cancellationToken);
        if (!current.HasValue || current.Value!.GetInt64("Version") != change.ExpectedVersion)
        {
            return false;
        }

        var request = change.Updated with { Version = change.ExpectedVersion + 1 };
        var row = TableApprovalRows.Request(request);
        row.ETag = current.Value.ETag;
        // If anyone wrote the request row since it was read, its ETag changed and the whole transaction fails.
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, row, row.ETag) };
        if (change.Vote is { } vote)
        {
            actions.Add(new(TableTransactionActionType.UpsertReplace, TableApprovalRows.Vote(request.Id, vote)));
        }

        actions.AddRange(AuditActions(request.Id, request.Version, change.Audit));
        // Merged, not replaced: what publishers wrote (card version, announcement, claim) stays. Its ETag moves, so a
        // publisher that read it before this commit must read it again.
        actions.Add(new(TableTransactionActionType.UpsertMerge,
            TableApprovalPublicationRow.AfterCommit(request.Id, request.Version, !request.IsOpen, change.At)));
        return await TrySubmitAsync(table, actions, cancellationToken);
    }

    public async Task<StoredPublication?> GetPublicationAsync(string requestId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.Encode(requestId), TableApprovalPublicationRow.RowKey, cancellationToken: cancellationToken);
        return row.HasValue ? TableApprovalPublicationRow.Read(row.Value!) : null;
    }

    public async Task<string?> TryReplacePublicationAsync(
        string requestId, RequestPublication publication, string expectedToken, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        return await TableConditionalWrites.TryWriteAsync(
            table, TableApprovalPublicationRow.Full(requestId, publication), expectedToken, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredPublication>> ListBehindPublicationsAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {TableApprovalPublicationRow.RowKey} and Pending eq {true}");
        var result = new List<StoredPublication>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            result.Add(TableApprovalPublicationRow.Read(entity));
        }

        return [.. result.OrderBy(p => p.Publication.ChangedAt).ThenBy(p => p.RequestId, StringComparer.Ordinal)];
    }

    private static IEnumerable<TableTransactionAction> AuditActions(string requestId, long version, IReadOnlyList<AuditEntry> audit)
        => audit.Select((entry, i) => new TableTransactionAction(
            TableTransactionActionType.Add, TableApprovalRows.Audit(requestId, AuditSequence.Of(version, i), entry)));

    /// <summary>412 (ETag moved) and 409 (row already there) mean another writer won: the caller re-reads.</summary>
    private static async Task<bool> TrySubmitAsync(TableClient table, List<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }
}
