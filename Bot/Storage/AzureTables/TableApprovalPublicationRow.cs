using Azure.Data.Tables;
using ProgramaBot.Approvals.Storage;

namespace ProgramaBot.Storage.AzureTables;

/// <summary>
/// The "publication" row of a request's partition. A commit merges only its own properties into it inside the
/// request's entity-group transaction; publishers replace it whole, conditional on its ETag. <c>Pending</c> is true
/// while the publication is behind, so the sweep finds those rows with one query across partitions.
/// </summary>
internal static class TableApprovalPublicationRow
{
    public const string RowKey = "publication";
    private const string Pending = "Pending"; // also named as such in TableApprovalStore.ListBehindPublicationsAsync's filter
    private const string TargetVersion = "TargetVersion";
    private const string CardVersion = "CardVersion";
    private const string AnnouncementDue = "AnnouncementDue";
    private const string ChangedAt = "ChangedAt";
    private const string AnnouncedAt = "AnnouncedAt";
    private const string AnnounceClaimUntil = "AnnounceClaimUntil";

    /// <summary>The whole row (absent values are left out, so a replace removes them).</summary>
    public static TableEntity Full(string requestId, RequestPublication publication)
    {
        var entity = new TableEntity(TableKeys.Encode(requestId), RowKey)
        {
            [TargetVersion] = publication.TargetVersion,
            [CardVersion] = publication.CardVersion,
            [AnnouncementDue] = publication.AnnouncementDue,
            [ChangedAt] = publication.ChangedAt,
            [Pending] = publication.IsBehind,
        };
        if (publication.AnnouncedAt is { } announced)
        {
            entity[AnnouncedAt] = announced;
        }

        if (publication.AnnounceClaimUntil is { } claim)
        {
            entity[AnnounceClaimUntil] = claim;
        }

        return entity;
    }

    /// <summary>
    /// What a commit merges: the new target, whether an announcement is due, when. It is always behind afterwards (the
    /// card was at most at the previous version). A request stored before publications were tracked gets its row now,
    /// without a card version, read as 0 (unknown: the latest is sent).
    /// </summary>
    public static TableEntity AfterCommit(string requestId, long version, bool announcementDue, DateTimeOffset at)
        => new(TableKeys.Encode(requestId), RowKey)
        {
            [TargetVersion] = version,
            [AnnouncementDue] = announcementDue,
            [ChangedAt] = at,
            [Pending] = true,
        };

    public static StoredPublication Read(TableEntity entity) => new(
        TableKeys.Decode(entity.PartitionKey),
        new RequestPublication(
            TargetVersion: entity.GetInt64(TargetVersion) ?? 0,
            CardVersion: entity.GetInt64(CardVersion) ?? 0,
            AnnouncementDue: entity.GetBoolean(AnnouncementDue) ?? false,
            ChangedAt: entity.GetDateTimeOffset(ChangedAt) ?? DateTimeOffset.MinValue,
            AnnouncedAt: entity.GetDateTimeOffset(AnnouncedAt),
            AnnounceClaimUntil: entity.GetDateTimeOffset(AnnounceClaimUntil)),
        entity.ETag.ToString());
}
