namespace ProgramaBot.Approvals.Storage;

/// <summary>
/// The folio counter, one per year, shared by every instance, and which form token took which folio. Implementations
/// advance the counter by a conditional write (SQLite: a transaction holding the write lock; Azure Tables: the
/// counter row's ETag) and bind the token in the same write, so two instances never hand out the same number and
/// one token never gets two.
/// </summary>
public interface IRequestFolios
{
    /// <summary>The folio <paramref name="token"/> took, or null when it took none.</summary>
    Task<string?> FindAsync(string token, CancellationToken cancellationToken);

    /// <summary>
    /// The next folio of <paramref name="year"/> («SOL-2026-001», «SOL-2026-002»…). With a token that already took
    /// one, that folio again and the counter untouched.
    /// </summary>
    Task<string> TakeAsync(int year, string? token, CancellationToken cancellationToken);
}
