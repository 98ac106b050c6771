using ProgramaBot.Reminders.Schedule;

namespace ProgramaBot.Reminders.Commands;

/// <summary>
/// One action on the schedule, whichever entry point asked for it: the chat text and the schedule card
/// (<c>ScheduleCommandParser</c>) and /api/reminders (<c>AdminEndpoints</c>) make one of these, and
/// <see cref="ScheduleCommandHandler"/> runs it.
/// </summary>
public abstract record ScheduleCommand(ScheduleKind Kind, string Key, string Title)
{
    public bool IsCancel => this is CancelSession or CancelDeadline;
}

/// <summary>Sets or moves an ordinary or extraordinary session's date.</summary>
/// <param name="When">The date and time as written («28 de septiembre de 2021 a las 10:00», «28/09/2021 10:00»): read by
/// <see cref="SpanishDateTime"/> with the session's year as the default, which only the schedule knows.</param>
public sealed record ScheduleSession(ScheduleKind Kind, int Number, string When)
    : ScheduleCommand(Kind, SessionKeys.Key(Kind, Number), SessionKeys.Title(Kind, Number));

public sealed record CancelSession(ScheduleKind Kind, int Number)
    : ScheduleCommand(Kind, SessionKeys.Key(Kind, Number), SessionKeys.Title(Kind, Number));

/// <summary>Sets or moves a programme item's due date (<paramref name="Item"/> «3.2.1»); no time means Reminders:DeadlineTime.</summary>
public sealed record ScheduleDeadline(string Item, string When)
    : ScheduleCommand(ScheduleKind.Deadline, SessionKeys.DeadlineKey(Item), SessionKeys.DeadlineTitle(Item));

public sealed record CancelDeadline(string Item)
    : ScheduleCommand(ScheduleKind.Deadline, SessionKeys.DeadlineKey(Item), SessionKeys.DeadlineTitle(Item));
