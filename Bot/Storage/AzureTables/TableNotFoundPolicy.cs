using Azure.Core;
using Azure.Core.Pipeline;

namespace ProgramaBot.Storage.AzureTables;

/// <summary>
/// Watches every answer of the Table service: a 404 <c>TableNotFound</c> means a table the bot created is gone (deleted
/// by hand, or an emulator that lost it), so its cached client is forgotten and the next use creates it again —
/// instead of every write failing until the process restarts.
/// </summary>
internal sealed class TableNotFoundPolicy(Action<string> forgetTable) : HttpPipelineSynchronousPolicy
{
    public override void OnReceivedResponse(HttpMessage message)
    {
        if (message.Response.Status == 404
            && message.Response.Headers.TryGetValue("x-ms-error-code", out var code) && code == "TableNotFound"
            && TableNameOf(message.Request.Uri.Path) is { Length: > 0 } table)
        {
            forgetTable(table);
        }
    }

    /// <summary>"/account/Name(PartitionKey='…',RowKey='…')" or "/Name()" → "Name".</summary>
    internal static string? TableNameOf(string path)
    {
        var last = path.TrimEnd('/').Split('/')[^1];
        var paren = last.IndexOf('(', StringComparison.Ordinal);
        var name = paren >= 0 ? last[..paren] : last;
        return name.Length > 0 && name.All(char.IsAsciiLetterOrDigit) ? name : null;
    }
}
