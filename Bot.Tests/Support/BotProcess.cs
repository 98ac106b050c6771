namespace ProgramaBot.Tests.Support;

/// <summary>The built bot (Bot/bin/…/ProgramaBot.dll) as its own process on a free port, Development, local mode.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly ChildProcess _process;

    private BotProcess(ChildProcess process, int port, string dataFolder)
    {
        _process = process;
        Port = port;
        DataFolder = dataFolder;
    }

    public int Port { get; }

    public string DataFolder { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public string MessagesUrl => BaseUrl + "/api/messages";

    public string Output => _process.Output;

    public static async Task<BotProcess> StartAsync(IDictionary<string, string?>? settings = null, string? dataFolder = null, int? port = null)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Repo.PathOf("Bot", "bin", configuration, "net10.0", "ProgramaBot.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build the solution first (dotnet build ProgramaBot.sln).");
        }

        var chosenPort = port ?? FreePort.Next();
        var folder = dataFolder ?? Path.Combine(Path.GetTempPath(), "programabot-e2e", Guid.NewGuid().ToString("N"));
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{chosenPort}",
            ["Urls"] = $"http://127.0.0.1:{chosenPort}",
            ["Storage__DataFolder"] = folder,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = ChildProcess.Start("dotnet", [dll], environment, workingDirectory: Path.GetDirectoryName(dll));
        var bot = new BotProcess(process, chosenPort, folder);
        await bot.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        return bot;
    }

    /// <summary>
    /// A published artifact (<c>dotnet publish</c> output) started the way App Service starts it: <c>dotnet ProgramaBot.dll</c>
    /// in its folder, the port in ASPNETCORE_HTTP_PORTS, and no environment name, URL or content root given.
    /// </summary>
    public static async Task<BotProcess> StartPublishedAsync(string publishFolder, int port, IDictionary<string, string?> settings)
    {
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ASPNETCORE_ENVIRONMENT"] = null,
            ["DOTNET_ENVIRONMENT"] = null,
            ["ASPNETCORE_URLS"] = null,
            ["DOTNET_URLS"] = null,
            ["Urls"] = null,
        };
        foreach (var (key, value) in settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = ChildProcess.Start("dotnet", [Path.Combine(publishFolder, "ProgramaBot.dll")], environment, workingDirectory: publishFolder);
        var bot = new BotProcess(process, port, publishFolder);
        await bot.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        return bot;
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("The bot exited during start-up:\n" + Output);
            }

            try
            {
                if ((await http.GetAsync(new Uri(BaseUrl + "/healthz"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The bot did not become healthy:\n" + Output);
    }

    /// <summary>
    /// Waits for a line of the bot's output. The host logs «Application started» and its environment once every hosted
    /// service has started, which may be a moment after Kestrel answers /healthz (hosted services start concurrently).
    /// </summary>
    public Task WaitForOutputAsync(string text, TimeSpan timeout) => _process.WaitForOutputAsync(text, timeout);

    public void Kill() => _process.Kill();

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
