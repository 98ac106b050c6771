using System.Diagnostics;

namespace ProgramaBot.Tests.Support;

/// <summary>
/// Runs a Node.js script from the repository's <c>tools/</c> folder with the npm tools that
/// <c>./test.sh</c> installs from package-lock.json. A missing node_modules is a failure, not a skip.
/// </summary>
public static class NodeScript
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    public static async Task<Result> RunAsync(string script, IEnumerable<string> args, TimeSpan? timeout = null)
    {
        if (!Directory.Exists(Repo.PathOf("node_modules")))
        {
            throw new InvalidOperationException("node_modules is missing: run ./test.sh (it runs 'npm ci') or 'npm ci' first.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Repo.PathOf("tools", script));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node tools/{script} did not finish in time");
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
