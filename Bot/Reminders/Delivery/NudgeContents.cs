using ProgramaBot.Reminders.Nudges;
using ProgramaBot.Time;

namespace ProgramaBot.Reminders.Delivery;

/// <summary>What a vote nudge sends, decided at send time: nothing once the member voted; else their personal chat and ballot.</summary>
public sealed class NudgeContents(NudgePlanner nudges, PersonalChats chats, IVoteBallots ballots, CommissionClock clock)
{
    /// <summary>Still pending now? Then the member's personal chat (opened if needed) and the text.</summary>
    public async Task<NoticeContent> ResolveAsync(VoteNudgeId nudge, string target, CancellationToken cancellationToken)
    {
        if (await nudges.StillPendingAsync(nudge, target, cancellationToken) is not { } vote)
        {
            return NoticeContent.Skip("vote no longer pending");
        }

        if (await chats.FindOrCreateAsync(vote.Member, cancellationToken) is not { } reference)
        {
            return NoticeContent.Skip("no personal chat with the member could be found or opened");
        }

        var since = SpanishCalendar.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(vote.PendingSince, clock.Zone).DateTime));
        var ballot = await ballots.BallotAsync(vote, cancellationToken);
        var text = $"👋 Hola, {vote.Member.Name}: su voto sigue pendiente en la solicitud **{vote.Title}** ({vote.ProgrammeItem}), " +
                   $"abierta desde el {since}. " +
                   (ballot is null ? "Escriba «mis pendientes» en este chat para votar desde su tarjeta." : "Puede votar aquí mismo, desde esta tarjeta.");
        return new(new OutboundNotice(reference, text, ballot), null);
    }
}
