using System.Globalization;

namespace ProgramaBot.Bench;

/// <summary>
/// bench-fanout: fans one session reminder out to N subscribed conversations through the real bot (scan → Hangfire
/// send jobs → Connector client with retries and pacing) against a local counting Connector. See docs/REMINDERS.md.
/// </summary>
internal static class BenchEntry
{
    private static readonly Scenario[] Scenarios =
    [
        new("default", "Teams' default limits (7/1 s, 8/2 s, 60/30 s, 1800/3600 s per conversation; 50/s global)", Raised: false, ThrottleEvery: 0),
        new("raised", "limits raised to 100000/s (how fast the bot itself goes)", Raised: true, ThrottleEvery: 0),
        new("429", "Teams' default limits, 429 + Retry-After: 1 on 20% of calls", Raised: false, ThrottleEvery: 5),
    ];

    public static async Task<int> Main(string[] args)
    {
        var conversations = Arg(args, "--conversations", 10_000);
        var workers = Arg(args, "--workers", 20);
        var only = args.SkipWhile(a => a != "--scenario").Skip(1).FirstOrDefault();
        Console.WriteLine($"bench-fanout: {conversations} conversations, {workers} Hangfire workers, {Environment.ProcessorCount} cores, " +
                          $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        var failed = false;
        foreach (var scenario in Scenarios.Where(s => only is null || s.Name == only))
        {
            var result = await FanoutRun.RunAsync(scenario, conversations, workers);
            Console.WriteLine(result.Report());
            failed |= !result.Passed;
        }

        return failed ? 1 : 0;
    }

    private static int Arg(string[] args, string name, int fallback)
        => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
