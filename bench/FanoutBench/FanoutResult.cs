using System.Globalization;
using System.Text;
using ProgramaBot.BotFramework.Connector.Pacing;

namespace ProgramaBot.Bench;

/// <summary>What arrived at the sink, checked: none lost, none doubled, and the configured limits held.</summary>
internal sealed record FanoutResult(
    Scenario Scenario,
    int Conversations,
    int Offered,
    int Reoffered,
    double ScanSeconds,
    long StartTicks,
    IReadOnlyList<SinkConnector.Hit> Hits,
    IReadOnlyList<string> Ids,
    int LoggedSent,
    PacingOptions Pacing)
{
    private IEnumerable<SinkConnector.Hit> Accepted => Hits.Where(h => !h.Throttled);

    private int Lost => Ids.Except(Accepted.Select(h => h.Conversation), StringComparer.Ordinal).Count();

    private int Doubled => Accepted.GroupBy(h => h.Conversation).Count(g => g.Count() > 1);

    private double Seconds => Accepted.Any() ? TimeProvider.System.GetElapsedTime(StartTicks, Accepted.Max(h => h.Ticks)).TotalSeconds : 0;

    private double Steady => Accepted.Count() < 2 ? 0
        : (Accepted.Count() - 1) / TimeProvider.System.GetElapsedTime(Accepted.Min(h => h.Ticks), Accepted.Max(h => h.Ticks)).TotalSeconds;

    private int GlobalMax => MaxInWindow([.. Hits.Select(h => h.Ticks)], Pacing.EffectiveGlobal.Window);

    private bool PerConversationHeld => Hits.GroupBy(h => h.Conversation).All(g =>
        Pacing.EffectivePerConversation.All(l => MaxInWindow([.. g.Select(h => h.Ticks)], l.Window) <= l.Count));

    public bool Passed => Lost == 0 && Doubled == 0 && LoggedSent == Conversations
                          && (Scenario.Raised || (GlobalMax <= Pacing.EffectiveGlobal.Count && PerConversationHeld));

    public string Report()
    {
        if (Environment.GetEnvironmentVariable("BENCH_DUMP") is { Length: > 0 } dump)
        {
            File.WriteAllLines(dump, Hits.Select(h => string.Create(CultureInfo.InvariantCulture,
                $"{TimeProvider.System.GetElapsedTime(StartTicks, h.Ticks).TotalMilliseconds:F1} {h.Throttled}")));
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"[{Scenario.Name}] {Scenario.Description}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  scan: {Offered} deliveries offered in {ScanSeconds:F1} s; re-offered by later scans (every 15 s) after failures: {Reoffered}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  delivered: {Accepted.Count()} in {Seconds:F1} s after the scan started = {Accepted.Count() / Math.Max(Seconds, 0.001):F1} sends/s " +
            $"(steady {Steady:F1} sends/s from first to last arrival); HTTP calls {Hits.Count}, 429 answered {Hits.Count(h => h.Throttled)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  lost: {Lost}, doubled: {Doubled}, notice log Sent rows: {LoggedSent}/{Conversations}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  busiest {Pacing.EffectiveGlobal.Window.TotalSeconds:F0} s window: {GlobalMax} calls (global limit {Pacing.EffectiveGlobal.Count}); " +
            $"per-conversation limits held: {PerConversationHeld}");
        text.Append(Passed ? "  PASS" : "  FAIL");
        return text.ToString();
    }

    /// <summary>The most timestamps inside any window of the given length (two pointers over sorted ticks).</summary>
    private static int MaxInWindow(List<long> ticks, TimeSpan window)
    {
        ticks.Sort();
        var span = (long)(window.TotalSeconds * TimeProvider.System.TimestampFrequency);
        var (max, left) = (0, 0);
        for (var right = 0; right < ticks.Count; right++)
        {
            while (ticks[right] - ticks[left] >= span)
            {
                left++;
            }

            max = Math.Max(max, right - left + 1);
        }

        return max;
    }
}
