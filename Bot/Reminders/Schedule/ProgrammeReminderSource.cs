using Microsoft.Extensions.Options;
using ProgramaBot.Programme;
using ProgramaBot.Time;

namespace ProgramaBot.Reminders.Schedule;

/// <summary>
/// The ordinary sessions of the programme in force (this year's, else the latest before; a newly published one as soon as
/// it is served) — month-only, day-only or exact as the programme gives them — plus any dated items listed under
/// Reminders:Programme (deadlines). Only one year: session keys repeat from year to year. What the programme model
/// (Bot/Programme) says, in the reminders' terms, so nothing else in reminders knows its shape.
/// </summary>
public sealed class ProgrammeReminderSource(IProgrammeSource programmes, IOptions<ReminderOptions> options, CommissionClock clock)
{
    /// <summary>When day-level reminders go out (see <see cref="ScheduleEntry.DayAnchor"/>).</summary>
    public static readonly TimeOnly DayNoticeTime = new(9, 0);

    public Task<IReadOnlyList<ScheduleEntry>> ListAsync(CancellationToken cancellationToken)
    {
        var programme = programmes.Current.CurrentFor(clock.Today);
        var sessions = programme.Sessions.Ordinary.Select(session => new ScheduleEntry
        {
            Key = session.Id,
            Kind = ScheduleKind.OrdinarySession,
            Title = session.Name,
            Year = programme.Year,
            Month = session.Month,
            At = session.StartsAt,
            Day = session.StartsAt is null ? session.Date : null,
            DayAnchor = session is { StartsAt: null, Date: { } day } ? clock.ToInstant(day.ToDateTime(DayNoticeTime)) : null,
        });
        var configured = options.Value.Programme.Select(item => item.ToEntry(clock, options.Value.DeadlineTime));
        return Task.FromResult<IReadOnlyList<ScheduleEntry>>([.. sessions.Concat(configured)]);
    }
}
