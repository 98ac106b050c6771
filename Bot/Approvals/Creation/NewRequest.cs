using ProgramaBot.Approvals.Kinds;

namespace ProgramaBot.Approvals.Creation;

/// <summary>A validated request about to be created, from the chat form or the API.</summary>
/// <param name="RequestId">Chosen by the caller so a repeated submission of the same form creates one request.</param>
public sealed record NewRequest(
    string RequestId,
    RequestKind Kind,
    IReadOnlyDictionary<string, string> Fields,
    string RequestedBy,
    string? RequestedById,
    string? RequestedFromConversationId,
    string Source);

public enum CreationResultKind
{
    Created,

    /// <summary>The same request id was created before (a double submission): nothing new.</summary>
    AlreadyExists,

    /// <summary>Nothing was created; <see cref="CreationResult.Error"/> says why, in Spanish.</summary>
    Failed,
}

public sealed record CreationResult(CreationResultKind Kind, Requests.ApprovalRequest? Request, string? Error = null);
