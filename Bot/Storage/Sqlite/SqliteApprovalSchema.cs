namespace ProgramaBot.Storage.Sqlite;

internal static class SqliteApprovalSchema
{
    /// <summary>
    /// The version columns guard every read-modify-write; triggers make the audit trail append-only.
    /// <c>approval_publications</c> came later: a request without a row there was published before it existed.
    /// </summary>
    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS approval_requests (
            id TEXT PRIMARY KEY,
            status TEXT NOT NULL,
            version INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            body TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS approval_requests_status ON approval_requests (status);
        CREATE TABLE IF NOT EXISTS approval_votes (
            request_id TEXT NOT NULL REFERENCES approval_requests (id),
            member_key TEXT NOT NULL,
            body TEXT NOT NULL,
            PRIMARY KEY (request_id, member_key));
        CREATE TABLE IF NOT EXISTS approval_audit (
            request_id TEXT NOT NULL REFERENCES approval_requests (id),
            seq INTEGER NOT NULL,
            body TEXT NOT NULL,
            PRIMARY KEY (request_id, seq));
        CREATE TABLE IF NOT EXISTS approval_publications (
            request_id TEXT PRIMARY KEY REFERENCES approval_requests (id),
            target_version INTEGER NOT NULL,
            card_version INTEGER NOT NULL,
            announcement_due INTEGER NOT NULL,
            changed_at TEXT NOT NULL,
            announced_at TEXT,
            announce_claim_until TEXT,
            version INTEGER NOT NULL);
        CREATE TRIGGER IF NOT EXISTS approval_audit_no_update BEFORE UPDATE ON approval_audit
            BEGIN SELECT RAISE(ABORT, 'approval_audit is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS approval_audit_no_delete BEFORE DELETE ON approval_audit
            BEGIN SELECT RAISE(ABORT, 'approval_audit is append-only'); END;
        """;
}
