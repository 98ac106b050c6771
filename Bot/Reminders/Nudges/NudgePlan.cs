using ProgramaBot.Approvals;

namespace ProgramaBot.Reminders.Nudges;

/// <summary>Pure: which members to nudge now — after the delay, at most once per local day per request.</summary>
public static class NudgePlan
{
    public static IReadOnlyList<(string NoticeId, string Target)> Due(
        IEnumerable<PendingVote> pending, DateTimeOffset now, TimeZoneInfo zone, TimeSpan delay)
        => [.. pending
            .Where(p => (p.Member.TeamsId ?? p.Member.AadObjectId) is { Length: > 0 } && now - p.PendingSince >= delay)
            .Select(p => (NoticeId(p.RequestId, now, zone), TargetOf(p)))];

    /// <summary>The nudge's target in the notice log: the member; the personal chat is resolved when sending.</summary>
    public static string TargetOf(PendingVote vote) => "member:" + (vote.Member.TeamsId ?? vote.Member.AadObjectId);

    /// <summary>The id of today's nudge about <paramref name="requestId"/>: the local date in it is what makes it once a day.</summary>
    public static string NoticeId(string requestId, DateTimeOffset now, TimeZoneInfo zone)
        => new VoteNudgeId(requestId, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime)).ToString();

    public static string RequestIdOf(string noticeId) => VoteNudgeId.Parse(noticeId).RequestId;
}
