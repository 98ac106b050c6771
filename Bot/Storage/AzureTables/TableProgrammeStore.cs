using System.Net;
using Azure;
using Azure.Data.Tables;
using ProgramaBot.Programme.Publication;

namespace ProgramaBot.Storage.AzureTables;

/// <summary>
/// Table "Programmes": partition "draft" (row = draft id) and partition "published" (row = the approval request id,
/// added once, never changed). Bodies are compressed and split across binary properties (<see cref="CompressedBody"/>);
/// Year and PublishedAt are plain properties too, for people reading the table.
/// </summary>
internal sealed class TableProgrammeStore(TableClients tables) : IProgrammeStore
{
    private const string Table = "Programmes";
    private const string Drafts = "draft";
    private const string Published = "published";

    public async Task SaveDraftAsync(ProgrammeDraft draft, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = new TableEntity(Drafts, TableKeys.Encode(draft.Id)) { ["Year"] = draft.Year };
        CompressedBody.Write(entity, draft);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<ProgrammeDraft?> GetDraftAsync(string draftId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = await table.GetEntityIfExistsAsync<TableEntity>(Drafts, TableKeys.Encode(draftId), cancellationToken: cancellationToken);
        return entity.HasValue ? CompressedBody.Read<ProgrammeDraft>(entity.Value!) : null;
    }

    public async Task<bool> DeleteDraftAsync(string draftId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var response = await table.DeleteEntityAsync(Drafts, TableKeys.Encode(draftId), ETag.All, cancellationToken);
        return response.Status != (int)HttpStatusCode.NotFound;
    }

    public async Task<bool> PublishAsync(PublishedProgramme programme, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = new TableEntity(Published, TableKeys.Encode(programme.RequestId))
        {
            ["Year"] = programme.Year,
            ["PublishedAt"] = programme.PublishedAt,
        };
        CompressedBody.Write(entity, programme);
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<PublishedProgramme>> ListPublishedAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var result = new List<PublishedProgramme>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == Published, cancellationToken: cancellationToken))
        {
            result.Add(CompressedBody.Read<PublishedProgramme>(entity));
        }

        return [.. result.OrderBy(p => p.PublishedAt).ThenBy(p => p.RequestId, StringComparer.Ordinal)];
    }

    public async Task<long> CountPublishedAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        long count = 0;
        // Only the keys travel: the bodies stay in the table.
        await foreach (var _ in table.QueryAsync<TableEntity>(e => e.PartitionKey == Published, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            count++;
        }

        return count;
    }
}
