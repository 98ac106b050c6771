using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Infra;

/// <summary>
/// The Bicep CLI that NuGet restores for this project (PackageDownload Azure.Bicep.CommandLine.linux-x64
/// in Bot.Tests.csproj). Its folder comes from the restore's own record (obj/project.assets.json),
/// so a custom NUGET_PACKAGES or a CI cache location is honoured. Only built-in Azure types are
/// used, so the CLI never needs the network.
/// </summary>
public static partial class BicepCli
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    public static string ExecutablePath { get; } = Locate();

    public static async Task<Result> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo(ExecutablePath)
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bicep did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', start.ArgumentList)} did not finish in time");
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }

    private static string Locate()
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux) || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            throw new PlatformNotSupportedException("The infra tests use the linux-x64 Bicep CLI package (docs/TOOLS.md).");
        }

        var version = PinnedVersion();
        var candidates = PackageFolders()
            .Select(folder => Path.Combine(folder, "azure.bicep.commandline.linux-x64", version, "tools", "bicep"))
            .ToList();
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                $"Bicep CLI {version} not found (looked in {string.Join(", ", candidates)}). Run 'dotnet restore Bot.Tests'.");
    }

    /// <summary>The version pinned in Bot.Tests.csproj, so the path never drifts from the download.</summary>
    private static string PinnedVersion()
    {
        var project = File.ReadAllText(Repo.PathOf("Bot.Tests", "Bot.Tests.csproj"));
        var match = PackageDownloadVersion().Match(project);
        return match.Success
            ? match.Groups["version"].Value
            : throw new InvalidOperationException("Bot.Tests.csproj has no PackageDownload of Azure.Bicep.CommandLine.linux-x64");
    }

    private static IEnumerable<string> PackageFolders()
    {
        var assets = Repo.PathOf("Bot.Tests", "obj", "project.assets.json");
        if (File.Exists(assets))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(assets));
            if (json.RootElement.TryGetProperty("packageFolders", out var folders))
            {
                foreach (var folder in folders.EnumerateObject())
                {
                    yield return folder.Name;
                }
            }
        }

        if (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } nugetPackages)
        {
            yield return nugetPackages;
        }

        yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
    }

    [GeneratedRegex("""<PackageDownload\s+Include="Azure\.Bicep\.CommandLine\.linux-x64"\s+Version="\[(?<version>[^\]]+)\]"\s*/>""")]
    private static partial Regex PackageDownloadVersion();
}
