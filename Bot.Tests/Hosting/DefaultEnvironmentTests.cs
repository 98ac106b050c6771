using System.Diagnostics;
using System.Net;
using ProgramaBot.Hosting;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Hosting;

/// <summary>
/// Development (no inbound authentication, an open dashboard) is the default only for <c>dotnet run</c> from the source
/// tree; anything else started without ASPNETCORE_ENVIRONMENT runs as Production.
/// </summary>
public sealed class DefaultEnvironmentTests
{
    private const string BuildOutput = "/src/Bot/bin/Release/net10.0/";

    [Theory]
    [InlineData("Development", BuildOutput, BuildOutput, "Development")]
    [InlineData("Development", BuildOutput, "/src/Bot/bin/Release/net10.0", "Development")]
    [InlineData("Development", BuildOutput, "/src/Bot/bin/Release/net10.0/publish/", "Production")]
    [InlineData("Development", BuildOutput, "/app/", "Production")]
    [InlineData("Development", null, BuildOutput, "Production")]
    [InlineData("Production", BuildOutput, BuildOutput, "Production")]
    [InlineData(null, null, "/app/", "Production")]
    public void OnlyABuildRunningFromItsOwnOutputFolderDefaultsToDevelopment(string? stamped, string? buildOutput, string running, string expected)
        => Assert.Equal(expected, DefaultEnvironment.Choose(stamped, buildOutput, running));

    [Fact]
    public async Task ABuildPublishedWithNoBuildAndStartedWithNoEnvironmentRunsAsProduction()
    {
        var folder = Path.Combine(Path.GetTempPath(), "programabot-publish", Guid.NewGuid().ToString("N"));
        try
        {
            var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
            await RunAsync("dotnet", ["publish", Repo.PathOf("Bot", "Bot.csproj"), "-c", configuration, "--no-build", "-nologo", "-o", folder]);

            var port = FreePort.Next();
            await using var bot = ChildProcess.Start("dotnet", [Path.Combine(folder, "ProgramaBot.dll")], new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = null,
                ["DOTNET_ENVIRONMENT"] = null,
                ["Urls"] = $"http://127.0.0.1:{port}",
                ["Storage__DataFolder"] = Path.Combine(folder, ".data"),
                ["MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000aa",
                ["MicrosoftAppPassword"] = "secret-for-tests",
                ["MicrosoftAppTenantId"] = "tenant-1",
                ["Commission__Members__0__Name"] = "Integrante de prueba",
                ["Commission__Members__0__AadObjectId"] = "00000000-0000-0000-0000-0000000000b1",
            }, workingDirectory: folder);
            await FreePort.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(60));

            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(new Uri("/hangfire", UriKind.Relative))).StatusCode);
            await bot.WaitForOutputAsync("Hosting environment: Production", TimeSpan.FromSeconds(30)); // logged once every hosted service has started
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task RunAsync(string fileName, string[] args)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        Assert.True(process.ExitCode == 0, $"{fileName} {string.Join(' ', args)} failed:\n{await output}\n{await errors}");
    }
}
