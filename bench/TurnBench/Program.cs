using BenchmarkDotNet.Running;

namespace ProgramaBot.Bench;

/// <summary>dotnet run -c Release --project bench/TurnBench -- --filter '*'   (bench/turnbench.sh does exactly this).</summary>
public static class TurnBenchProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(TurnBenchmarks).Assembly).Run(args);
}
