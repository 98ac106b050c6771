using System.Collections.Concurrent;
using System.Diagnostics;

namespace ProgramaBot.Tests.Support;

/// <summary>A process started for a test, its output kept for failure messages, killed with its children on dispose.</summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ChildProcess(Process process) => _process = process;

    public string Output => string.Join('\n', _output.TakeLast(80));

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    public static ChildProcess Start(string fileName, IEnumerable<string> args, IDictionary<string, string?>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Repo.Root,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            // A null value means "not set at all" (e.g. no ASPNETCORE_ENVIRONMENT inherited from the test run).
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start");
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The exit code of a command run to completion; killed and a failure after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            Kill();
            throw new TimeoutException($"{_process.StartInfo.FileName} did not finish within {timeout}:\n{Output}");
        }

        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    /// <summary>Kills at once, as SIGKILL would (for crash drills).</summary>
    /// <summary>Waits until the process has written <paramref name="text"/>; fails with its output if it exits or time runs out.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The process never wrote «{text}»:\n" + Output);
            }

            await Task.Delay(50);
        }
    }

    public void Kill() => _process.Kill(entireProcessTree: true);

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 400 && _output.TryDequeue(out _))
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }

        _process.Dispose();
    }
}
