namespace ProgramaBot.Approvals.Storage;

/// <summary>
/// Audit lines are numbered from the version their change committed: each version is committed exactly once,
/// so the numbers never collide, and they sort in the order things happened.
/// </summary>
public static class AuditSequence
{
    public const int MaxLinesPerChange = 1000;

    public static long Of(long version, int index)
        => index is >= 0 and < MaxLinesPerChange
            ? (version * MaxLinesPerChange) + index
            : throw new ArgumentOutOfRangeException(nameof(index), "Too many audit lines in one change.");
}
