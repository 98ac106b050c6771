using System.Text.RegularExpressions;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace ProgramaBot.Bench;

/// <summary>
/// dotnet run -c Release --project bench/TraceReport -- allocations FILE [TOP]      (a gc-verbose trace)
/// dotnet run -c Release --project bench/TraceReport -- time FILE [WITHIN] [TOP]    (a dotnet-sampled-thread-time trace)
/// Allocations: the sampled allocation ticks (one per ≈ 100 KB) by type and by the first three ProgramaBot frames of
/// their stack, in per cent of what was sampled. Time: thread samples whose stack goes through WITHIN (default
/// "MessagesEndpoint"), by method, inclusive and exclusive; wall-clock time, so waiting counts as much as working.
/// </summary>
public static partial class TraceReportProgram
{
    public static int Main(string[] args)
    {
        if (args is not ["allocations" or "time", var file, ..] || !File.Exists(file))
        {
            Console.Error.WriteLine("usage: allocations FILE [TOP] | time FILE [WITHIN] [TOP]");
            return 2;
        }

        using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(file));
        if (args[0] == "allocations")
        {
            Allocations(log, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 40);
        }
        else
        {
            Time(log, args.Length > 2 ? args[2] : "MessagesEndpoint", args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 60);
        }

        return 0;
    }

    private static void Allocations(TraceLog log, int top)
    {
        var byType = new Dictionary<string, double>();
        var byFrames = new Dictionary<string, double>();
        double total = 0;
        foreach (var data in log.Events)
        {
            if (data is not GCAllocationTickTraceData tick)
            {
                continue;
            }

            total += tick.AllocationAmount64;
            byType[tick.TypeName] = byType.GetValueOrDefault(tick.TypeName) + tick.AllocationAmount64;
            var ours = Frames(data).Where(f => f.StartsWith("ProgramaBot.", StringComparison.Ordinal) && !f.StartsWith("ProgramaBot.Bench.", StringComparison.Ordinal)).Take(3).ToList();
            var key = ours.Count == 0 ? "(no bot frame: the host, the bench's own context, ASP.NET Core)" : string.Join(" <= ", ours);
            byFrames[key] = byFrames.GetValueOrDefault(key) + tick.AllocationAmount64;
        }

        Console.WriteLine($"sampled {total:N0} bytes");
        Print("by type", byType, total, top);
        Print("by the first ProgramaBot frames", byFrames, total, top);
    }

    private static void Time(TraceLog log, string within, int top)
    {
        var inclusive = new Dictionary<string, double>();
        var exclusive = new Dictionary<string, double>();
        double total = 0;
        foreach (var data in log.Events)
        {
            if (data.ProviderName != "Microsoft-DotNETCore-SampleProfiler")
            {
                continue;
            }

            var frames = Frames(data);
            if (frames.Count == 0 || !frames.Any(f => f.Contains(within, StringComparison.Ordinal)))
            {
                continue;
            }

            total++;
            exclusive[frames[0]] = exclusive.GetValueOrDefault(frames[0]) + 1;
            foreach (var frame in frames.Distinct())
            {
                inclusive[frame] = inclusive.GetValueOrDefault(frame) + 1;
            }
        }

        Console.WriteLine($"{total:N0} thread samples through {within}");
        Print("inclusive", inclusive, total, top);
        Print("exclusive", exclusive, total, top);
    }

    private static List<string> Frames(TraceEvent data)
    {
        var frames = new List<string>();
        for (var frame = data.CallStack(); frame is not null; frame = frame.Caller)
        {
            frames.Add(Arguments().Replace(frame.CodeAddress.FullMethodName ?? frame.CodeAddress.ModuleName ?? "?", ""));
        }

        return frames;
    }

    private static void Print(string title, Dictionary<string, double> counts, double total, int top)
    {
        Console.WriteLine($"== {title}");
        foreach (var (key, value) in counts.OrderByDescending(kv => kv.Value).Take(top))
        {
            Console.WriteLine($"{100 * value / total,6:F2}% {key}");
        }
    }

    [GeneratedRegex(@"\(.*$")]
    private static partial Regex Arguments();
}
