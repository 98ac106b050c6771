using Microsoft.Extensions.Options;
using ProgramaBot.Reminders.Delivery;
using ProgramaBot.Time;

namespace ProgramaBot.Reminders.Nudges;

/// <summary>Vote nudges: offered by the due scan like any notice, sent to the member's personal chat.</summary>
public sealed class NudgePlanner(
    IPendingVoteSource pending,
    IVoteBallots ballots,
    INoticeLog log,
    PersonalChats chats,
    CommissionClock clock,
    IOptions<ReminderOptions> options)
{
    public static bool IsNudge(string noticeId) => noticeId.StartsWith(NudgePlan.Prefix, StringComparison.Ordinal);

    public async Task<IReadOnlyList<DeliveryDecision>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pairs = NudgePlan.Due(await pending.ListAsync(cancellationToken), now, clock.Zone, options.Value.NudgeDelay);
        if (pairs.Count == 0)
        {
            return [];
        }

        var rows = await log.ListAsync([.. pairs.Select(p => p.NoticeId).Distinct()], cancellationToken);
        return DueNotices.Offers(pairs, rows, now, options.Value.MaxAttempts);
    }

    /// <summary>Still pending now? Then the member's personal chat (opened if needed) and the text.</summary>
    public async Task<NoticeContent> ResolveAsync(string noticeId, string target, CancellationToken cancellationToken)
    {
        var requestId = NudgePlan.RequestIdOf(noticeId);
        var vote = (await pending.ListAsync(cancellationToken)).FirstOrDefault(p => p.RequestId == requestId && p.Target == target);
        if (vote is null)
        {
            return NoticeContent.Skip("vote no longer pending");
        }

        if (await chats.FindOrCreateAsync(vote, cancellationToken) is not { } reference)
        {
            return NoticeContent.Skip("no personal chat with the member could be found or opened");
        }

        var since = SpanishCalendar.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(vote.PendingSince, clock.Zone).DateTime));
        var ballot = await ballots.BallotAsync(vote, cancellationToken);
        var text = $"👋 Hola, {vote.MemberName}: su voto sigue pendiente en la solicitud **{vote.Title}** ({vote.ProgrammeItem}), " +
                   $"abierta desde el {since}. " +
                   (ballot is null ? "Escriba «mis pendientes» en este chat para votar desde su tarjeta." : "Puede votar aquí mismo, desde esta tarjeta.");
        return new(new OutboundNotice(reference, text, ballot), null);
    }
}
