using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ProgramaBot.Bench;

/// <summary>dotnet run -c Release --project bench/TurnBench -- --filter '*'   (bench/turnbench.sh does exactly this).</summary>
public static class TurnBenchProgram
{
    /// <remarks>
    /// ShortRun (3 warm-ups, 3 iterations) in this process: BenchmarkDotNet's default toolchain builds a second project
    /// and gives up after two minutes, which a loaded 2-core machine exceeds. Allocated bytes are measured the same way.
    /// <c>--loop SECONDS [BENCHMARK]</c> instead runs one turn benchmark (<see cref="TurnBenchmarks.TurnLocal"/> unless
    /// named) back to back for that long, for a profiler to watch (<c>dotnet-trace collect --profile gc-verbose -- dotnet TurnBench.dll --loop 20</c>).
    /// </remarks>
    public static void Main(string[] args)
    {
        if (args is ["--loop", var seconds, ..])
        {
            Loop(TimeSpan.FromSeconds(double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)), args.Length > 2 ? args[2] : nameof(TurnBenchmarks.TurnLocal));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(TurnBenchmarks).Assembly)
            .Run(args, DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance)));
    }

    private static void Loop(TimeSpan duration, string benchmark)
    {
        using var bench = new TurnBenchmarks();
        bench.Setup();
        var turn = (Func<Task<int>>)Delegate.CreateDelegate(typeof(Func<Task<int>>), bench, benchmark);
        var turns = 0L;
        var before = GC.GetTotalAllocatedBytes(precise: true);

        // The process's bytes include the bot's background services (Hangfire's polling, timers), more of them per turn
        // the slower the turns run on a loaded machine; the thread's own bytes are the turn alone when it completes
        // without leaving the thread, as a turn in local mode does (an await that did not would make this smaller).
        var threadBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            turn().GetAwaiter().GetResult();
            turns++;
        }

        var threadBytes = GC.GetAllocatedBytesForCurrentThread() - threadBefore;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
        Console.WriteLine($"{turns} turns in {clock.Elapsed.TotalSeconds:F1} s: {clock.Elapsed.TotalMilliseconds * 1000 / turns:F1} µs and {bytes / turns:N0} B per turn ({threadBytes / turns:N0} B on the turn's own thread)");
    }
}
