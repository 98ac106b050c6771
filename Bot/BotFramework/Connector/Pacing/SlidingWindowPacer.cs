using Microsoft.Extensions.Options;

namespace ProgramaBot.BotFramework.Connector.Pacing;

/// <summary>
/// Reserves a start time for each outbound request so that no sliding window of any configured limit is exceeded,
/// per conversation and globally. Reservations are strictly ordered per lane, which keeps the check to one lookup
/// per limit. Runs on real time (the clock passed in), never on a simulated or test clock: Teams counts real seconds.
/// </summary>
public sealed class SlidingWindowPacer(IOptions<PacingOptions> options, TimeProvider clock)
{
    private const string GlobalLane = "";
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<TimeSpan>> _lanes = new(StringComparer.Ordinal);
    private readonly long _origin = clock.GetTimestamp();
    private int _reservations;

    public TimeProvider Clock => clock;

    /// <returns>How long the caller must wait before sending (zero when it may go now).</returns>
    public TimeSpan Reserve(string? conversationId)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return TimeSpan.Zero;
        }

        lock (_gate)
        {
            var now = clock.GetElapsedTime(_origin);
            var lanes = new List<(List<TimeSpan> Lane, IReadOnlyList<RateLimit> Limits)> { (LaneFor(GlobalLane), [o.EffectiveGlobal]) };
            if (!string.IsNullOrEmpty(conversationId))
            {
                lanes.Add((LaneFor(conversationId), o.EffectivePerConversation));
            }

            var at = now;
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var (lane, limits) in lanes)
                {
                    var earliest = EarliestStart(lane, limits, at);
                    if (earliest > at)
                    {
                        at = earliest;
                        changed = true;
                    }
                }
            }

            foreach (var (lane, _) in lanes)
            {
                lane.Add(at);
            }

            if (++_reservations % 1000 == 0)
            {
                Forget(now, MaxWindow(o));
            }

            return at - now;
        }
    }

    /// <summary>Lanes stay ordered: a start is never earlier than the lane's last reservation.</summary>
    private static TimeSpan EarliestStart(List<TimeSpan> lane, IReadOnlyList<RateLimit> limits, TimeSpan at)
    {
        if (lane.Count > 0 && lane[^1] > at)
        {
            at = lane[^1];
        }

        foreach (var limit in limits)
        {
            // Every entry is ≤ at; if the Count-th most recent is inside the window, wait until it leaves.
            if (lane.Count >= limit.Count && lane[^limit.Count] > at - limit.Window)
            {
                at = lane[^limit.Count] + limit.Window;
            }
        }

        return at;
    }

    private List<TimeSpan> LaneFor(string key)
    {
        if (!_lanes.TryGetValue(key, out var lane))
        {
            _lanes[key] = lane = [];
        }

        return lane;
    }

    /// <summary>Drops reservations older than the longest window, and idle conversations with them.</summary>
    private void Forget(TimeSpan now, TimeSpan maxWindow)
    {
        foreach (var key in _lanes.Keys.ToList())
        {
            var lane = _lanes[key];
            lane.RemoveAll(t => t < now - maxWindow);
            if (lane.Count == 0 && key != GlobalLane)
            {
                _lanes.Remove(key);
            }
        }
    }

    private static TimeSpan MaxWindow(PacingOptions o) => o.EffectivePerConversation.Append(o.EffectiveGlobal).Max(l => l.Window);
}
