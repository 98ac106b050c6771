namespace ProgramaBot.Reminders.Schedule;

/// <summary>
/// What the published programme says: ordinary sessions by month, items with due dates. Reminders depend on
/// this narrow port so the programme model (Bot/Programme) can back it without reminders knowing its shape.
/// </summary>
public interface IReminderProgramme
{
    Task<IReadOnlyList<ScheduleEntry>> ListAsync(CancellationToken cancellationToken);
}
