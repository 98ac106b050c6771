using Microsoft.Extensions.Options;
using ProgramaBot.Programme;
using ProgramaBot.Reminders.Schedule;
using ProgramaBot.Time;

namespace ProgramaBot.Reminders.Integration;

/// <summary>
/// The published programmes' ordinary sessions (month-only unless the file pins a date), plus any dated items listed
/// under Reminders:Programme (deadlines).
/// </summary>
internal sealed class ProgrammeReminderSource(IProgrammeSource programmes, IOptions<ReminderOptions> options, CommissionClock clock) : IReminderProgramme
{
    public Task<IReadOnlyList<ScheduleEntry>> ListAsync(CancellationToken cancellationToken)
    {
        var sessions = programmes.Current.All.SelectMany(programme => programme.Sessions.Ordinary.Select(session => new ScheduleEntry
        {
            Key = session.Id,
            Kind = ScheduleKind.OrdinarySession,
            Title = session.Name,
            Year = programme.Year,
            Month = session.Month,
            At = session.StartsAt,
        }));
        var configured = options.Value.Programme.Select(item => item.ToEntry(clock, options.Value.DeadlineTime));
        return Task.FromResult<IReadOnlyList<ScheduleEntry>>([.. sessions.Concat(configured)]);
    }
}
