using Hangfire;
using ProgramaBot.BotFramework.Connector.Pacing;

namespace ProgramaBot.BackgroundJobs;

/// <summary>
/// The instances sharing Teams' global limit, counted as the Hangfire servers with a recent heartbeat in the job
/// storage (every instance runs one; with several instances the storage is the shared PostgreSQL). Counted in the
/// background at most every 30 s, so reading it costs nothing; 1 until the first count and whenever counting fails.
/// Real time on purpose: heartbeats are written with the machine's clock, whatever the bot's TimeProvider is.
/// </summary>
internal sealed class HangfireInstanceCount(JobStorage storage, ILogger<HangfireInstanceCount> logger) : IInstanceCount
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan AliveWithin = TimeSpan.FromMinutes(1); // Hangfire beats every 30 s
    private readonly TimeProvider _clock = TimeProvider.System;
    private int _current = 1;
    private int _counting;
    private long _nextCountTicks;

    public int Current
    {
        get
        {
            if (_clock.GetUtcNow().UtcTicks >= Interlocked.Read(ref _nextCountTicks) && Interlocked.Exchange(ref _counting, 1) == 0)
            {
                _ = Task.Run(Count);
            }

            return Volatile.Read(ref _current);
        }
    }

    /// <summary>Counts now (also what the background refresh runs).</summary>
    internal int Count()
    {
        try
        {
            var now = _clock.GetUtcNow().UtcDateTime;
            var alive = storage.GetMonitoringApi().Servers().Count(s => s.Heartbeat is { } beat && now - beat < AliveWithin);
            var count = Math.Max(1, alive);
            if (Interlocked.Exchange(ref _current, count) != count)
            {
                logger.LogInformation("{Instances} instance(s) share Teams' global limit; this one paces itself to its share", count);
            }

            return count;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not count the Hangfire servers; pacing keeps {Instances} instance(s)", Volatile.Read(ref _current));
            return Volatile.Read(ref _current);
        }
        finally
        {
            Interlocked.Exchange(ref _nextCountTicks, (_clock.GetUtcNow() + RefreshEvery).UtcTicks);
            Volatile.Write(ref _counting, 0);
        }
    }
}
