using System.Text;
using Microsoft.Extensions.Options;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Reminders.Delivery;
using ProgramaBot.Reminders.Due;
using ProgramaBot.Reminders.Schedule;
using ProgramaBot.Reminders.Subscriptions;
using ProgramaBot.Time;

namespace ProgramaBot.Reminders.Chat;

/// <summary>"próximos recordatorios": what will be sent to this conversation, and when.</summary>
internal sealed class UpcomingRemindersHandler(
    EffectiveSchedule schedule,
    ReminderTargets targets,
    CommissionClock clock,
    IOptions<ReminderOptions> options) : IMessageHandler
{
    private const int MaxLines = 10;

    public async Task<bool> TryHandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (SpanishText.FoldPhrase(turn.Text) is not ("proximos recordatorios" or "ver recordatorios" or "mis recordatorios")
            || turn.Activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return false;
        }

        var entries = await schedule.ListAsync(cancellationToken);
        var text = new StringBuilder();
        if (!await targets.IsSubscribedAsync(conversationId, cancellationToken))
        {
            text.Append("Esta conversación no está suscrita, así que no recibirá recordatorios. Escriba «suscribir recordatorios» para recibirlos. ");
        }

        var now = clock.UtcNow;
        var lines = UpcomingNotices.List(entries, options.Value.OffsetsFor, now)
            .Take(MaxLines)
            .Select(u => u.Notice.FireAt <= now
                ? $"- en el próximo minuto: {u.Entry.Title} ({NoticeText.Left(NoticeText.Remaining(u.Notice, now)).ToLowerInvariant()})"
                : $"- {SpanishCalendar.DateTime(TimeZoneInfo.ConvertTime(u.Notice.FireAt, clock.Zone))}: " +
                  $"{u.Entry.Title} (faltará{(u.Notice.Offset.Days > 1 || u.Notice.Offset.Hours > 1 ? "n" : "")} {SpanishCalendar.Duration(u.Notice.Offset)})")
            .ToList();
        text.Append(lines.Count > 0
            ? $"Próximos recordatorios ({ProgramaBot.Spanish.SpanishTimeZones.Name(clock.Zone)}):\n\n{string.Join('\n', lines)}"
            : "No hay recordatorios pendientes: ninguna sesión ni plazo tiene fecha y hora exactas por delante.");

        var monthOnly = entries.Where(e => e.At is null && e.DayAnchor is null && e.Month is { } m && !e.Cancelled && !IsPast(e)).ToList();
        if (monthOnly.Count > 0)
        {
            text.Append("\n\nSin fecha exacta todavía (no generan recordatorios hasta que la Secretaría Técnica la programe): ")
                .Append(SpanishLists.Join([.. monthOnly.Select(e => $"{e.Title} ({SpanishCalendar.MonthYear(e.Month!.Value, e.Year)})")]))
                .Append('.');
        }

        await turn.SendAsync(Activity.Message(text.ToString()), cancellationToken);
        return true;
    }

    private bool IsPast(ScheduleEntry entry)
        => entry.Year is { } year && (year < clock.Today.Year || (year == clock.Today.Year && entry.Month < clock.Today.Month));
}
