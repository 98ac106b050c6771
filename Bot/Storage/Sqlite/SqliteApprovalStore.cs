using Microsoft.Data.Sqlite;
using ProgramaBot.Approvals.Requests;
using ProgramaBot.Approvals.Storage;

namespace ProgramaBot.Storage.Sqlite;

/// <summary>
/// Approvals in the embedded SQLite file; optimistic concurrency through the request's version column. A request's
/// publication row is written in the same transaction as the request (<see cref="SqliteApprovalPublications"/>).
/// </summary>
internal sealed class SqliteApprovalStore(SqliteDatabase database) : IApprovalStore
{
    private readonly Lazy<Task> _schema = new(() => database.EnsureSchemaAsync(SqliteApprovalSchema.Ddl, CancellationToken.None));

    public async Task<bool> CreateAsync(ApprovalRequest request, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO approval_requests (id, status, version, created_at, body) VALUES ($id, $status, $version, $at, $body)
                ON CONFLICT (id) DO NOTHING
                """;
            insert.Parameters.AddWithValue("$id", request.Id);
            insert.Parameters.AddWithValue("$status", request.Status.ToString());
            insert.Parameters.AddWithValue("$version", request.Version);
            insert.Parameters.AddWithValue("$at", request.CreatedAt.ToString("O"));
            insert.Parameters.AddWithValue("$body", StoreJson.Write(request));
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return false;
            }
        }

        await AppendAuditAsync(connection, request.Id, request.Version, audit, cancellationToken);
        await SqliteApprovalPublications.InsertAsync(connection, request.Id, RequestPublication.Posted(request), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<ApprovalSnapshot?> GetAsync(string requestId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM approval_requests WHERE id = $id";
        command.Parameters.AddWithValue("$id", requestId);
        if (await command.ExecuteScalarAsync(cancellationToken) is not string body)
        {
            return null;
        }

        var request = StoreJson.Read<ApprovalRequest>(body);
        return new ApprovalSnapshot(request, await ReadVotesAsync(connection, requestId, cancellationToken));
    }

    public async Task<IReadOnlyList<ApprovalSnapshot>> ListOpenAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM approval_requests WHERE status = $open ORDER BY created_at, id";
        command.Parameters.AddWithValue("$open", nameof(RequestStatus.Open));
        var requests = new List<ApprovalRequest>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                requests.Add(StoreJson.Read<ApprovalRequest>(reader.GetString(0)));
            }
        }

        var result = new List<ApprovalSnapshot>();
        foreach (var request in requests)
        {
            result.Add(new ApprovalSnapshot(request, await ReadVotesAsync(connection, request.Id, cancellationToken)));
        }

        return result;
    }

    public async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string requestId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, body FROM approval_audit WHERE request_id = $id ORDER BY seq";
        command.Parameters.AddWithValue("$id", requestId);
        var result = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(StoreJson.Read<AuditEntry>(reader.GetString(1)) with { Sequence = reader.GetInt64(0) });
        }

        return result;
    }

    public async Task<bool> TryCommitAsync(ApprovalChange change, CancellationToken cancellationToken)
    {
        var request = change.Updated with { Version = change.ExpectedVersion + 1 };
        await using var connection = await OpenAsync(cancellationToken);
        // BEGIN IMMEDIATE: take the write lock up front, so two voters queue instead of deadlocking on upgrade.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var update = connection.CreateCommand())
        {
            update.CommandText = """
                UPDATE approval_requests SET status = $status, version = $version, body = $body
                WHERE id = $id AND version = $expected
                """;
            update.Parameters.AddWithValue("$id", request.Id);
            update.Parameters.AddWithValue("$status", request.Status.ToString());
            update.Parameters.AddWithValue("$version", request.Version);
            update.Parameters.AddWithValue("$expected", change.ExpectedVersion);
            update.Parameters.AddWithValue("$body", StoreJson.Write(request));
            if (await update.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return false;
            }
        }

        if (change.Vote is { } vote)
        {
            await using var upsert = connection.CreateCommand();
            upsert.CommandText = """
                INSERT INTO approval_votes (request_id, member_key, body) VALUES ($id, $member, $body)
                ON CONFLICT (request_id, member_key) DO UPDATE SET body = excluded.body
                """;
            upsert.Parameters.AddWithValue("$id", request.Id);
            upsert.Parameters.AddWithValue("$member", vote.MemberKey);
            upsert.Parameters.AddWithValue("$body", StoreJson.Write(vote));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        await AppendAuditAsync(connection, request.Id, request.Version, change.Audit, cancellationToken);
        await SqliteApprovalPublications.AfterCommitAsync(connection, request.Id, request.Version, !request.IsOpen, change.At, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<StoredPublication?> GetPublicationAsync(string requestId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SqliteApprovalPublications.Columns} FROM approval_publications WHERE request_id = $id";
        command.Parameters.AddWithValue("$id", requestId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SqliteApprovalPublications.Read(reader) : null;
    }

    public async Task<string?> TryReplacePublicationAsync(
        string requestId, RequestPublication publication, string expectedToken, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteApprovalPublications.TryReplaceAsync(connection, requestId, publication, expectedToken, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredPublication>> ListBehindPublicationsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {SqliteApprovalPublications.Columns} FROM approval_publications
            WHERE {SqliteApprovalPublications.Behind} ORDER BY changed_at, request_id
            """;
        var result = new List<StoredPublication>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(SqliteApprovalPublications.Read(reader));
        }

        return result;
    }

    /// <summary>Sequence = version × 1000 + index: unique because each version is committed exactly once.</summary>
    private static async Task AppendAuditAsync(
        SqliteConnection connection, string requestId, long version, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken)
    {
        for (var i = 0; i < audit.Count; i++)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO approval_audit (request_id, seq, body) VALUES ($id, $seq, $body)";
            insert.Parameters.AddWithValue("$id", requestId);
            insert.Parameters.AddWithValue("$seq", AuditSequence.Of(version, i));
            insert.Parameters.AddWithValue("$body", StoreJson.Write(audit[i]));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<IReadOnlyList<Vote>> ReadVotesAsync(SqliteConnection connection, string requestId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM approval_votes WHERE request_id = $id ORDER BY member_key";
        command.Parameters.AddWithValue("$id", requestId);
        var votes = new List<Vote>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            votes.Add(StoreJson.Read<Vote>(reader.GetString(0)));
        }

        return votes;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _schema.Value;
        return await database.OpenAsync(cancellationToken);
    }
}
