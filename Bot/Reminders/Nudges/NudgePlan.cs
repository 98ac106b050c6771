using System.Globalization;

namespace ProgramaBot.Reminders.Nudges;

/// <summary>Pure: which members to nudge now — after the delay, at most once per local day per request.</summary>
public static class NudgePlan
{
    public const string Prefix = "voto:";

    public static IReadOnlyList<(string NoticeId, string Target)> Due(
        IEnumerable<PendingVoteNudge> pending, DateTimeOffset now, TimeZoneInfo zone, TimeSpan delay)
        => [.. pending
            .Where(p => (p.MemberTeamsId ?? p.MemberAadObjectId) is { Length: > 0 } && now - p.PendingSince >= delay)
            .Select(p => (NoticeId(p.RequestId, now, zone), p.Target))];

    /// <summary>"voto:{request}:{local date}": the date in the id is what makes it once a day.</summary>
    public static string NoticeId(string requestId, DateTimeOffset now, TimeZoneInfo zone)
        => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{requestId}:{TimeZoneInfo.ConvertTime(now, zone):yyyy-MM-dd}");

    public static string RequestIdOf(string noticeId) => noticeId[Prefix.Length..noticeId.LastIndexOf(':')];
}
