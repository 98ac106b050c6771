using ProgramaBot.Commission;

namespace ProgramaBot.Approvals.Requests;

public enum RequestStatus
{
    Open,
    Approved,
    Rejected,
}

/// <summary>A request the commission votes on. <see cref="Version"/> rises with every committed change.</summary>
public sealed record ApprovalRequest
{
    public required string Id { get; init; }
    public required string KindId { get; init; }
    public required string Title { get; init; }
    public required string ProgrammeItem { get; init; }

    /// <summary>Validated field values, keyed by field id.</summary>
    public required IReadOnlyDictionary<string, string> Fields { get; init; }

    /// <summary>Display name of who asked (the Secretario Técnico, or the API caller's declared name).</summary>
    public required string RequestedBy { get; init; }

    public string? RequestedById { get; init; }

    /// <summary>Where the requester asked from; told the decision there when it differs from the commission's conversation.</summary>
    public string? RequestedFromConversationId { get; init; }

    /// <summary>"chat" or "api".</summary>
    public required string Source { get; init; }

    /// <summary>The commission's conversation, where the card lives.</summary>
    public required string ConversationId { get; init; }

    /// <summary>The id Teams gave the posted card; everyone's copy is replaced through PUT …/activities/{this}.</summary>
    public string? CardActivityId { get; init; }

    public DecisionRule Rule { get; init; } = DecisionRule.Majority;
    public required DateTimeOffset CreatedAt { get; init; }
    public RequestStatus Status { get; init; } = RequestStatus.Open;
    public DateTimeOffset? DecidedAt { get; init; }
    public long Version { get; init; } = 1;

    public bool IsOpen => Status == RequestStatus.Open;
}
