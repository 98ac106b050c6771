using Microsoft.Extensions.Options;
using ProgramaBot.BotFramework.References;
using ProgramaBot.Reminders.Due;
using ProgramaBot.Reminders.Nudges;
using ProgramaBot.Reminders.Schedule;
using ProgramaBot.Time;

namespace ProgramaBot.Reminders.Delivery;

/// <summary>What to send for a (notice, target), decided at send time from the current truth.</summary>
/// <param name="Card">An Adaptive Card sent with the text (a vote nudge's ballot); null for text only.</param>
public sealed record OutboundNotice(ConversationReference Reference, string Text, System.Text.Json.Nodes.JsonObject? Card = null);

/// <summary>Either something to send, or why not (then the delivery is abandoned).</summary>
public sealed record NoticeContent(OutboundNotice? Notice, string? Reason)
{
    public static NoticeContent Skip(string reason) => new(null, reason);
}

/// <summary>
/// Re-checks a delivery against the schedule as it is now: a session moved or cancelled after the offer, or a later
/// reminder that superseded this one, means nothing is sent.
/// </summary>
public sealed class NoticeContents(
    EffectiveSchedule schedule,
    IConversationReferenceStore references,
    NudgeContents nudges,
    CommissionClock clock,
    IOptions<ReminderOptions> options)
{
    public async Task<NoticeContent> ResolveAsync(string noticeId, string target, CancellationToken cancellationToken)
    {
        if (VoteNudgeId.TryParse(noticeId, out var nudge))
        {
            return await nudges.ResolveAsync(nudge, target, cancellationToken);
        }

        if (await schedule.FindAsync(Notice.EntryKeyOf(noticeId), cancellationToken) is not { } entry)
        {
            return NoticeContent.Skip("entry no longer exists");
        }

        var due = DueNotices.Due([entry], options.Value.OffsetsFor, clock.UtcNow);
        var notice = due.Count > 0 ? due[0] : null;
        if (notice?.Id != noticeId)
        {
            return NoticeContent.Skip("superseded (moved, cancelled, past or a later reminder is due)");
        }

        if (await references.GetAsync(target, cancellationToken) is not { IsActive: true } reference)
        {
            return NoticeContent.Skip("no active conversation reference");
        }

        return new(new OutboundNotice(reference, NoticeText.For(entry, notice, clock.Zone, clock.UtcNow)), null);
    }
}
