using Azure.Data.Tables;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Storage;

namespace ProgramaBot.Storage.AzureTables;

/// <summary>The rows of one request's partition: "request", "vote|{member}", "audit|{sequence}".</summary>
internal static class TableApprovalRows
{
    public const string Body = "Body";
    public const string RequestRow = "request";
    public const string VotePrefix = "vote|";
    public const string VoteEnd = "vote}";
    public const string AuditPrefix = "audit|";
    public const string AuditEnd = "audit}";

    public static TableEntity Request(ApprovalRequest request) => new(TableKeys.Encode(request.Id), RequestRow)
    {
        [Body] = StoreJson.Write(request),
        ["Status"] = request.Status.ToString(),
        ["Version"] = request.Version,
        ["CreatedAt"] = request.CreatedAt,
    };

    public static ApprovalRequest ReadRequest(TableEntity entity) => StoreJson.Read<ApprovalRequest>(entity.GetString(Body));

    public static TableEntity Vote(string requestId, Vote vote)
        => new(TableKeys.Encode(requestId), VotePrefix + TableKeys.Encode(vote.MemberKey)) { [Body] = StoreJson.Write(vote) };

    public static TableEntity Audit(string requestId, long sequence, AuditEntry entry)
        => new(TableKeys.Encode(requestId), AuditPrefix + sequence.ToString("D19", System.Globalization.CultureInfo.InvariantCulture))
        {
            [Body] = StoreJson.Write(entry),
            ["Sequence"] = sequence,
        };
}
