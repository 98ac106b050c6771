using Microsoft.Extensions.Options;
using ProgramaBot.Reminders.Schedule;
using ProgramaBot.Reminders.Subscriptions;
using ProgramaBot.Time;

namespace ProgramaBot.Reminders.Commands;

/// <summary>The bot says back what it understood, in which zone, and what will be sent.</summary>
internal sealed class ScheduleConfirmations(CommissionClock clock, ReminderTargets targets, IOptions<ReminderOptions> options)
{
    public async Task<string> SetAsync(ScheduleChange change, CancellationToken cancellationToken)
    {
        var entry = change.Entry;
        var when = When(entry.At!.Value);
        var before = change.Before is { HasExactTime: true, At: { } previous } && previous != entry.At ? previous : (DateTimeOffset?)null;
        var moved = before is not null;
        var head = before is { } b
            ? $"✅ Entendido: moví la **{entry.Title}** del {SpanishCalendar.DateTime(Local(b))} al {when}."
            : $"✅ Entendido: programé la **{entry.Title}** para el {when}.";
        if (entry.At <= clock.UtcNow)
        {
            return head + " ⚠️ Esa fecha ya pasó, así que no habrá recordatorios.";
        }

        var offsets = options.Value.OffsetsFor(entry).OrderDescending().Select(SpanishCalendar.Duration).ToList();
        var count = (await targets.ListActiveAsync(cancellationToken)).Count;
        var audience = count == 1 ? "a 1 conversación suscrita" : $"a {count} conversaciones suscritas";
        return $"{head} Enviaré recordatorios {SpanishLists.Join(offsets)} antes {audience}" +
               (moved ? "; los recordatorios de la fecha anterior ya no se enviarán." : ".");
    }

    public string Cancelled(ScheduleChange change)
        => $"✅ Cancelé la **{change.Entry.Title}**, que estaba programada para el {When(change.Before!.At!.Value)}. " +
           "No se enviarán sus recordatorios pendientes.";

    private string When(DateTimeOffset at)
    {
        var local = Local(at);
        return $"{SpanishCalendar.DateTime(local)} ({ProgramaBot.Spanish.SpanishTimeZones.Name(clock.Zone)})";
    }

    private DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, clock.Zone);
}
