using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ProgramaBot.Reminders.Nudges;

/// <summary>
/// A vote nudge's notice id: which request, which local day. The sent-notice log stores it as text beside the schedule
/// notices' ids ("ordinaria-3@…"), as "voto:{request}:{yyyy-MM-dd}" — the form rows already stored have, so it must
/// not change; this type is the only place that writes or reads it.
/// </summary>
public sealed record VoteNudgeId(string RequestId, DateOnly Day)
{
    private const string Prefix = "voto:";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{RequestId}:{Day:yyyy-MM-dd}");

    /// <summary>False for any other notice id (a schedule notice's).</summary>
    public static bool TryParse(string noticeId, [NotNullWhen(true)] out VoteNudgeId? id)
    {
        id = null;
        var colon = noticeId.LastIndexOf(':');
        if (!noticeId.StartsWith(Prefix, StringComparison.Ordinal) || colon < Prefix.Length
            || !DateOnly.TryParseExact(noticeId[(colon + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return false;
        }

        id = new VoteNudgeId(noticeId[Prefix.Length..colon], day);
        return true;
    }

    public static VoteNudgeId Parse(string noticeId)
        => TryParse(noticeId, out var id) ? id : throw new FormatException($"'{noticeId}' is not a vote nudge's notice id.");
}
