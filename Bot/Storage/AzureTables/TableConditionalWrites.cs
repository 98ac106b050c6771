using System.Net;
using Azure;
using Azure.Data.Tables;

namespace ProgramaBot.Storage.AzureTables;

/// <summary>Insert-if-absent and replace-if-ETag-matches, answering null instead of throwing when another writer won.</summary>
internal static class TableConditionalWrites
{
    public static async Task<string?> TryWriteAsync(TableClient table, TableEntity entity, string? expectedETag, CancellationToken cancellationToken)
    {
        try
        {
            var response = expectedETag is null
                ? await table.AddEntityAsync(entity, cancellationToken)
                : await table.UpdateEntityAsync(entity, new ETag(expectedETag), TableUpdateMode.Replace, cancellationToken);
            return response.Headers.ETag?.ToString();
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed
                                                   or (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
