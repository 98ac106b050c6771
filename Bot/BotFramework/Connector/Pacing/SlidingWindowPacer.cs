using Microsoft.Extensions.Options;

namespace ProgramaBot.BotFramework.Connector.Pacing;

/// <summary>
/// Admits an outbound request only when no sliding window of any configured limit is full, per conversation and
/// globally; otherwise says how long to wait before asking again. A request is counted at the moment it is admitted
/// (not at a time reserved in advance), so a caller that wakes up late — a busy thread pool — cannot bunch up with
/// the next second's requests. Runs on real time (the clock passed in), never on a simulated or test clock: Teams
/// counts real seconds. Every limit is divided among the instances <paramref name="instances"/> counts.
/// </summary>
public sealed class SlidingWindowPacer(IOptions<PacingOptions> options, TimeProvider clock, IInstanceCount? instances = null)
{
    private const string GlobalLane = "";
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<TimeSpan>> _lanes = new(StringComparer.Ordinal);
    private readonly long _origin = clock.GetTimestamp();
    private int _admitted;

    public TimeProvider Clock => clock;

    /// <returns>True when the request may go now (and it is counted); else <paramref name="wait"/> says for how long not.</returns>
    public bool TryAcquire(string? conversationId, out TimeSpan wait)
    {
        wait = TimeSpan.Zero;
        var o = options.Value;
        if (!o.Enabled)
        {
            return true;
        }

        lock (_gate)
        {
            var now = clock.GetElapsedTime(_origin);
            var global = LaneFor(GlobalLane);
            var conversation = string.IsNullOrEmpty(conversationId) ? null : LaneFor(conversationId);
            var count = instances?.Current ?? 1;
            var share = Share(o.EffectiveGlobal, count);
            wait = Wait(global, [share], now);
            if (o.SpreadGlobal && global.Count > 0 && Spacing(share, o.GlobalMargin) - (now - global[^1]) is { } gap && gap > wait)
            {
                wait = gap;
            }

            if (conversation is not null)
            {
                var perConversation = o.EffectivePerConversation.Select(l => Share(l, count)).ToList();
                wait = TimeSpan.FromTicks(Math.Max(wait.Ticks, Wait(conversation, perConversation, now).Ticks));
            }

            if (wait > TimeSpan.Zero)
            {
                return false;
            }

            global.Add(now);
            conversation?.Add(now);
            if (++_admitted % 1000 == 0)
            {
                Forget(now, MaxWindow(o));
            }

            return true;
        }
    }

    /// <summary>Until the oldest of the last Count admissions leaves the window (zero when the window has room).</summary>
    private static TimeSpan Wait(List<TimeSpan> lane, IReadOnlyList<RateLimit> limits, TimeSpan now)
    {
        var wait = TimeSpan.Zero;
        foreach (var limit in limits)
        {
            if (lane.Count >= limit.Count && lane[^limit.Count] + limit.Window - now is { } left && left > wait)
            {
                wait = left;
            }
        }

        return wait;
    }

    /// <summary>
    /// This instance's part of a limit: Teams counts per bot, so Count is divided among the instances (at least one per
    /// window). Per conversation too: a burst into one conversation (votes on cards) can come from every instance.
    /// </summary>
    public static RateLimit Share(RateLimit limit, int instances)
        => instances <= 1 ? limit : new RateLimit { Count = Math.Max(1, limit.Count / instances), Window = limit.Window };

    /// <summary>Even spacing for the global limit: 50/s becomes one every 20 ms (plus the margin), never a burst of 50.</summary>
    private static TimeSpan Spacing(RateLimit global, double margin) => global.Window / global.Count * (1 + margin);

    private List<TimeSpan> LaneFor(string key)
    {
        if (!_lanes.TryGetValue(key, out var lane))
        {
            _lanes[key] = lane = [];
        }

        return lane;
    }

    /// <summary>Drops admissions older than the longest window, and idle conversations with them.</summary>
    private void Forget(TimeSpan now, TimeSpan maxWindow)
    {
        foreach (var key in _lanes.Keys.ToList())
        {
            var lane = _lanes[key];
            lane.RemoveAll(t => t <= now - maxWindow);
            if (lane.Count == 0 && key != GlobalLane)
            {
                _lanes.Remove(key);
            }
        }
    }

    private static TimeSpan MaxWindow(PacingOptions o) => o.EffectivePerConversation.Append(o.EffectiveGlobal).Max(l => l.Window);
}
