using System.Diagnostics;
using Microsoft.Extensions.Options;
using ProgramaBot.Reminders.Schedule;
using ProgramaBot.Time;

namespace ProgramaBot.Reminders.Commands;

/// <summary>What a command did, in Spanish: the confirmation, or why nothing changed.</summary>
/// <param name="IsInvalid">The command cannot be run as given (a session not in the programme, a date that cannot be read, no
/// hour): nothing changed. Chat says the message as it is; the admin API answers 400 with it.</param>
public sealed record ScheduleReply(string Message, bool IsInvalid = false);

/// <summary>
/// Runs a <see cref="ScheduleCommand"/> — "programar sesión ordinaria III el 28 de septiembre de 2021 a las 10:00",
/// "cancelar sesión extraordinaria 1", "programar plazo 3.2.1 el 15/10/2021", the card's «Programar», PUT and DELETE
/// /api/reminders/… — with the same rules and the same Spanish confirmation whoever asked. Who may ask is the entry
/// point's business (the Secretario Técnico in chat, the administration key for the API).
/// </summary>
internal sealed class ScheduleCommandHandler(
    ScheduleService service,
    EffectiveSchedule schedule,
    ScheduleConfirmations confirmations,
    CommissionClock clock,
    IOptions<ReminderOptions> options)
{
    public async Task<ScheduleReply> RunAsync(ScheduleCommand command, string? setBy, CancellationToken cancellationToken)
    {
        var known = await schedule.FindAsync(command.Key, cancellationToken);
        if (command.Kind == ScheduleKind.OrdinarySession && known is null)
        {
            return new($"La {command.Title} no está en el programa de trabajo; revise el número (las sesiones ordinarias del programa son " +
                       $"{await OrdinaryListAsync(cancellationToken)}).", IsInvalid: true);
        }

        if (command.IsCancel)
        {
            return new(await service.CancelAsync(command.Key, setBy, cancellationToken) is { } cancelled
                ? confirmations.Cancelled(cancelled)
                : $"La {known?.Title ?? command.Title} no tiene una fecha programada que cancelar.");
        }

        var written = command switch
        {
            ScheduleSession session => session.When,
            ScheduleDeadline deadline => deadline.When,
            _ => throw new UnreachableException($"{command.GetType().Name} is neither a cancel nor a set"),
        };
        var when = SpanishDateTime.Parse(SpanishText.FoldPhrase(written), known?.Year ?? clock.Today.Year);
        if (when.Error is { } error)
        {
            return new(error, IsInvalid: true);
        }

        var time = when.Time ?? (command.Kind == ScheduleKind.Deadline ? options.Value.DeadlineTime : (TimeOnly?)null);
        if (time is null)
        {
            return new($"¿A qué hora es la {command.Title}? Escriba, por ejemplo: «programar {command.Title.Replace("Sesión O", "sesión o", StringComparison.Ordinal).Replace("Sesión E", "sesión e", StringComparison.Ordinal)} el " +
                       $"{SpanishCalendar.Date(when.Date!.Value)} a las 10:00».", IsInvalid: true);
        }

        var at = clock.ToInstant(when.Date!.Value.ToDateTime(time.Value));
        var template = known ?? new ScheduleEntry { Key = command.Key, Kind = command.Kind, Title = command.Title };
        var change = await service.SetAsync(template, at, setBy, cancellationToken);
        return new(await confirmations.SetAsync(change, cancellationToken));
    }

    private async Task<string> OrdinaryListAsync(CancellationToken cancellationToken)
        => SpanishLists.Join([.. (await schedule.ListAsync(cancellationToken))
            .Where(e => e.Kind == ScheduleKind.OrdinarySession).Select(e => e.Title)]);
}
