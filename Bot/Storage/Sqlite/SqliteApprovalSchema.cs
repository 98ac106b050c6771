namespace ProgramaBot.Storage.Sqlite;

internal static class SqliteApprovalSchema
{
    /// <summary>The version column guards every read-modify-write; triggers make the audit trail append-only.</summary>
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
        CREATE TRIGGER IF NOT EXISTS approval_audit_no_update BEFORE UPDATE ON approval_audit
            BEGIN SELECT RAISE(ABORT, 'approval_audit is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS approval_audit_no_delete BEFORE DELETE ON approval_audit
            BEGIN SELECT RAISE(ABORT, 'approval_audit is append-only'); END;
        """;
}
