using Microsoft.Extensions.Options;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Commission;
using ProgramaBot.Reminders.Schedule;
using ProgramaBot.Time;

namespace ProgramaBot.Reminders.Chat;

/// <summary>"programar sesión ordinaria III el 28 de septiembre de 2021 a las 10:00", "cancelar sesión extraordinaria 1", "programar plazo 3.2.1 el 15/10/2021".</summary>
internal sealed class ScheduleCommandHandler(
    ScheduleService service,
    EffectiveSchedule schedule,
    ScheduleConfirmations confirmations,
    CommissionClock clock,
    CommissionRoster roster,
    IOptions<ReminderOptions> options) : IMessageHandler
{
    /// <summary>Names the secretary as the roster does («la Secretaria Técnica», «el Secretario Técnico»).</summary>
    public static string NotAllowed(Roster roster)
        => $"Solo {roster.SecretaryWithArticle()} de la Comisión puede programar, mover o cancelar sesiones y plazos. " +
           $"Si necesita un cambio de fecha, solicítelo a {roster.SecretaryWithArticle()}.";

    public async Task<bool> TryHandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (ScheduleCommandParser.Parse(turn.Text) is not { } command)
        {
            return false;
        }

        var from = turn.Activity.From;
        var current = await roster.CurrentAsync(cancellationToken);
        var reply = current.IsSecretarioTecnico(from)
            ? await RunAsync(command, from?.Name ?? from?.Id, cancellationToken)
            : NotAllowed(current);
        await turn.SendAsync(Activity.Message(reply), cancellationToken);
        return true;
    }

    /// <summary>Shared with the admin endpoint: the same rules, the same Spanish confirmation.</summary>
    internal async Task<string> RunAsync(ScheduleCommand command, string? setBy, CancellationToken cancellationToken)
    {
        var known = await schedule.FindAsync(command.Key, cancellationToken);
        if (command.Kind == ScheduleKind.OrdinarySession && known is null)
        {
            return $"La {command.Title} no está en el programa de trabajo; revise el número (las sesiones ordinarias del programa son " +
                   $"{await OrdinaryListAsync(cancellationToken)}).";
        }

        if (command.IsCancel)
        {
            return await service.CancelAsync(command.Key, setBy, cancellationToken) is { } cancelled
                ? confirmations.Cancelled(cancelled)
                : $"La {known?.Title ?? command.Title} no tiene una fecha programada que cancelar.";
        }

        var when = SpanishDateTime.Parse(command.Rest, known?.Year ?? clock.Today.Year);
        if (when.Error is { } error)
        {
            return error;
        }

        var time = when.Time ?? (command.Kind == ScheduleKind.Deadline ? options.Value.DeadlineTime : (TimeOnly?)null);
        if (time is null)
        {
            return $"¿A qué hora es la {command.Title}? Escriba, por ejemplo: «programar {command.Title.Replace("Sesión O", "sesión o", StringComparison.Ordinal).Replace("Sesión E", "sesión e", StringComparison.Ordinal)} el " +
                   $"{SpanishCalendar.Date(when.Date!.Value)} a las 10:00».";
        }

        var at = clock.ToInstant(when.Date!.Value.ToDateTime(time.Value));
        var template = known ?? new ScheduleEntry { Key = command.Key, Kind = command.Kind, Title = command.Title };
        var change = await service.SetAsync(template, at, setBy, cancellationToken);
        return await confirmations.SetAsync(change, cancellationToken);
    }

    private async Task<string> OrdinaryListAsync(CancellationToken cancellationToken)
        => SpanishLists.Join([.. (await schedule.ListAsync(cancellationToken))
            .Where(e => e.Kind == ScheduleKind.OrdinarySession).Select(e => e.Title)]);
}
