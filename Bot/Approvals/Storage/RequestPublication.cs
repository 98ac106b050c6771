using ProgramaBot.Approvals.Requests;

namespace ProgramaBot.Approvals.Storage;

/// <summary>
/// How far Teams has caught up with a request: the outbox of its publication. Stored next to the request and written
/// in the same transaction as every change to it, so a committed change can never be forgotten: the commit raises
/// <see cref="TargetVersion"/> (and sets <see cref="AnnouncementDue"/> when it decides), and publishers bring
/// <see cref="CardVersion"/> and <see cref="AnnouncedAt"/> up to it with conditional writes. A commit never touches
/// the publisher's fields.
/// </summary>
/// <param name="TargetVersion">The request's version: what everyone's card must show.</param>
/// <param name="CardVersion">The version the card is known to show (0: unknown, publish the latest). Never lowered.</param>
/// <param name="AnnouncementDue">The request is decided, so the decision must be announced.</param>
/// <param name="ChangedAt">When the request last changed (the commit that set <see cref="TargetVersion"/>).</param>
/// <param name="AnnouncedAt">When the Connector took the announcement.</param>
/// <param name="AnnounceClaimUntil">A publisher is announcing until then; nobody else may before it passes.</param>
public sealed record RequestPublication(
    long TargetVersion,
    long CardVersion,
    bool AnnouncementDue,
    DateTimeOffset ChangedAt,
    DateTimeOffset? AnnouncedAt = null,
    DateTimeOffset? AnnounceClaimUntil = null)
{
    public bool CardIsBehind => CardVersion < TargetVersion;

    public bool AnnouncementIsPending => AnnouncementDue && AnnouncedAt is null;

    public bool IsBehind => CardIsBehind || AnnouncementIsPending;

    /// <summary>A request just stored: its card was posted before, drawn at its first version.</summary>
    public static RequestPublication Posted(ApprovalRequest request)
        => new(request.Version, request.Version, !request.IsOpen, request.CreatedAt);
}

/// <summary>A request's publication as read, with the token a conditional write must present (SQLite version, Azure ETag).</summary>
public sealed record StoredPublication(string RequestId, RequestPublication Publication, string Token);
