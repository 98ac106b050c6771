namespace ProgramaBot.Programme;

/// <summary>
/// Exact session dates set at run time (by the Secretario Técnico, through the reminders feature).
/// An override for an ordinary session's id pins its date; any other id is an extraordinary session.
/// </summary>
public interface ISessionDateOverrides
{
    /// <summary>
    /// The same list object means the same dates: <see cref="ProgrammeSchedule"/> keeps the sessions it built from a
    /// list until it is given another one, so an implementation never changes a list it has returned (a new list
    /// per call is always correct, only slower).
    /// </summary>
    IReadOnlyList<SessionDateOverride> ForYear(int programmeYear);
}

public sealed record SessionDateOverride(string SessionId, DateTimeOffset StartsAt, string? Name = null);

/// <summary>Until the reminders feature stores dates, the programme's own months are all there is.</summary>
public sealed class NoSessionDateOverrides : ISessionDateOverrides
{
    public IReadOnlyList<SessionDateOverride> ForYear(int programmeYear) => [];
}
