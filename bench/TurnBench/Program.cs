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
    /// </remarks>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(TurnBenchmarks).Assembly)
        .Run(args, DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance)));
}
