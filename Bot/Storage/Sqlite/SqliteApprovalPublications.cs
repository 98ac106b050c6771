using System.Globalization;
using Microsoft.Data.Sqlite;
using ProgramaBot.Approvals.Storage;

namespace ProgramaBot.Storage.Sqlite;

/// <summary>
/// The <c>approval_publications</c> rows: written with the request in its transactions, and by publishers on their
/// own, conditional on the row's <c>version</c>.
/// </summary>
internal static class SqliteApprovalPublications
{
    public const string Columns = "request_id, target_version, card_version, announcement_due, changed_at, announced_at, announce_claim_until, version";

    public const string Behind = "card_version < target_version OR (announcement_due = 1 AND announced_at IS NULL)";

    public static async Task InsertAsync(SqliteConnection connection, string requestId, RequestPublication publication, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO approval_publications ({Columns}) VALUES ($id, $target, $card, $due, $changed, $announced, $claim, 1)";
        Bind(insert, requestId, publication);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The commit's part, inside its transaction: the target, whether an announcement is due, when. A request stored
    /// before publications were tracked gets its row now, with its card version unknown (0), so the latest is sent.
    /// </summary>
    public static async Task AfterCommitAsync(
        SqliteConnection connection, string requestId, long version, bool announcementDue, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var upsert = connection.CreateCommand();
        upsert.CommandText = $"""
            INSERT INTO approval_publications ({Columns}) VALUES ($id, $target, 0, $due, $changed, NULL, NULL, 1)
            ON CONFLICT (request_id) DO UPDATE SET target_version = excluded.target_version, announcement_due = excluded.announcement_due,
                changed_at = excluded.changed_at, version = approval_publications.version + 1
            """;
        upsert.Parameters.AddWithValue("$id", requestId);
        upsert.Parameters.AddWithValue("$target", version);
        upsert.Parameters.AddWithValue("$due", announcementDue);
        upsert.Parameters.AddWithValue("$changed", Text(at));
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<string?> TryReplaceAsync(
        SqliteConnection connection, string requestId, RequestPublication publication, string expectedToken, CancellationToken cancellationToken)
    {
        if (!long.TryParse(expectedToken, CultureInfo.InvariantCulture, out var expected))
        {
            return null;
        }

        await using var update = connection.CreateCommand();
        update.CommandText = """
            UPDATE approval_publications SET target_version = $target, card_version = $card, announcement_due = $due, changed_at = $changed,
                announced_at = $announced, announce_claim_until = $claim, version = version + 1
            WHERE request_id = $id AND version = $expected
            RETURNING version
            """;
        Bind(update, requestId, publication);
        update.Parameters.AddWithValue("$expected", expected);
        return await update.ExecuteScalarAsync(cancellationToken) is long version ? version.ToString(CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Reads a row selected as <see cref="Columns"/>.</summary>
    public static StoredPublication Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        new RequestPublication(
            TargetVersion: reader.GetInt64(1),
            CardVersion: reader.GetInt64(2),
            AnnouncementDue: reader.GetBoolean(3),
            ChangedAt: Time(reader.GetString(4)),
            AnnouncedAt: reader.IsDBNull(5) ? null : Time(reader.GetString(5)),
            AnnounceClaimUntil: reader.IsDBNull(6) ? null : Time(reader.GetString(6))),
        reader.GetInt64(7).ToString(CultureInfo.InvariantCulture));

    private static void Bind(SqliteCommand command, string requestId, RequestPublication publication)
    {
        command.Parameters.AddWithValue("$id", requestId);
        command.Parameters.AddWithValue("$target", publication.TargetVersion);
        command.Parameters.AddWithValue("$card", publication.CardVersion);
        command.Parameters.AddWithValue("$due", publication.AnnouncementDue);
        command.Parameters.AddWithValue("$changed", Text(publication.ChangedAt));
        command.Parameters.AddWithValue("$announced", publication.AnnouncedAt is { } announced ? Text(announced) : DBNull.Value);
        command.Parameters.AddWithValue("$claim", publication.AnnounceClaimUntil is { } claim ? Text(claim) : DBNull.Value);
    }

    private static string Text(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
