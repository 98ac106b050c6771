using ProgramaBot.Approvals.Kinds;

namespace ProgramaBot.Approvals.Creation;

/// <summary>A validated request about to be created, from the chat form or the API.</summary>
/// <param name="Token">
/// The form's (or programme draft's) token: a repeated submission of it names the same request. Null for the API, whose
/// every call is a new request.
/// </param>
public sealed record NewRequest(
    string? Token,
    RequestKind Kind,
    IReadOnlyDictionary<string, string> Fields,
    string RequestedBy,
    string? RequestedById,
    string? RequestedFromConversationId,
    string Source);

public enum CreationResultKind
{
    Created,

    /// <summary>The same form was submitted before (a double submission): nothing new.</summary>
    AlreadyExists,

    /// <summary>Nothing was created; <see cref="CreationResult.Error"/> says why, in Spanish.</summary>
    Failed,
}

public sealed record CreationResult(CreationResultKind Kind, Requests.ApprovalRequest? Request, string? Error = null);
