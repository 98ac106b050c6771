using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace ProgramaBot.Tests.Support;

/// <summary>
/// The real Microsoft 365 Agents Playground (npm, pinned) as a Teams-like client, driven through its HTTP API,
/// with the bot's output read from its WebSocket stream.
/// </summary>
public sealed class AgentsPlayground : IAsyncDisposable
{
    public const string ConversationId = "programabot-e2e-personal";

    /// <summary>The group chat of every Playground user, pinned by <see cref="CommissionTenantConfig"/>.</summary>
    public const string CommissionChatId = "programabot-e2e-comision";

    /// <summary>
    /// The Playground's built-in tenant with the personal chat and the group chat ids pinned
    /// (Bot.Tests/EndToEnd/agentsplayground.yml), so the bot can be told the commission's conversation before it starts.
    /// </summary>
    public static string CommissionTenantConfig => Repo.PathOf("Bot.Tests", "EndToEnd", "agentsplayground.yml");

    private readonly ChildProcess _process;
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<JsonObject> _frames = Channel.CreateUnbounded<JsonObject>();
    private readonly List<JsonObject> _seen = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _http;

    private AgentsPlayground(ChildProcess process, int port)
    {
        _process = process;
        Port = port;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public int Port { get; }

    public string Output => _process.Output;

    /// <param name="configFile">A Playground tenant (users, chats, team) in its YAML format; null = the built-in one.</param>
    public static async Task<AgentsPlayground> StartAsync(string botMessagesUrl, string? configFile = null)
    {
        var cli = Repo.PathOf("node_modules", ".bin", "agentsplayground");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException("The Agents Playground is not installed: run ./test.sh (it runs 'npm ci') or 'npm ci' first.");
        }

        var port = FreePort.Next();
        var process = ChildProcess.Start(cli,
            ["start", "-e", botMessagesUrl, "-c", "msteams", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
             "--disable-telemetry", "--conversation-id", ConversationId],
            new Dictionary<string, string?>
            {
                ["TEAMSAPPTESTER_BROWSER"] = "none",
                // Its log goes to ./devTools/m365agentsplayground.log by default, i.e. into the working tree.
                ["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(Path.GetTempPath(), $"agentsplayground-{port}.log"),
                // Unset (null removes it): the Playground looks for ./.m365agentsplayground.yml, else uses its built-in tenant.
                ["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = configFile,
            });
        var playground = new AgentsPlayground(process, port);
        try
        {
            await FreePort.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(60));
            await playground.ConnectStreamAsync(TimeSpan.FromSeconds(60));
            _ = playground.ReadFramesAsync();
            return playground;
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }
    }

    /// <summary>The port opens before the playground serves; retry until its API and stream answer.</summary>
    private async Task ConnectStreamAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                (await _http.GetAsync(new Uri("/_internal/v1/config", UriKind.Relative))).EnsureSuccessStatusCode();
                await _socket.ConnectAsync(new Uri($"ws://127.0.0.1:{Port}/_ws_conversation/v1/conversations/stream"), default);
                return;
            }
            catch (Exception e) when ((e is HttpRequestException or WebSocketException) && DateTime.UtcNow < deadline)
            {
                if (_socket.State != WebSocketState.None)
                {
                    throw new InvalidOperationException("The playground's stream refused the connection:\n" + Output, e);
                }

                await Task.Delay(250);
            }
        }
    }

    /// <summary>The app is installed in the conversation (the personal chat by default): the bot gets installationUpdate + conversationUpdate.</summary>
    public async Task InstallAsync(string? conversationId = null)
        => (await _http.PostAsJsonAsync($"/_debug/conversation/{conversationId ?? ConversationId}/installation", new JsonObject())).EnsureSuccessStatusCode();

    /// <summary>
    /// A user types a message (in the personal chat by default); returns the Playground's id of that message.
    /// Outside the personal chat the bot is @mentioned first: like Teams, the Playground only passes a group chat's or
    /// channel's message to the bot when it mentions the bot.
    /// </summary>
    public async Task<string> SendAsync(string text, string fromUserId = "user-id-0", string? conversationId = null)
    {
        var body = new JsonObject { ["from"] = new JsonObject { ["id"] = fromUserId }, ["text"] = text, ["textFormat"] = "plain" };
        if ((conversationId ?? ConversationId) != ConversationId)
        {
            var bot = (await ConfigAsync())["config"]!["bot"]!;
            var mention = $"<at>{bot["name"]}</at>";
            body["text"] = $"{mention} {text}";
            body["mentions"] = new JsonArray(new JsonObject { ["mentioned"] = new JsonObject { ["id"] = bot["id"]!.ToString() }, ["text"] = mention });
        }

        var response = await _http.PostAsJsonAsync($"/_conversation/v1/conversations/{conversationId ?? ConversationId}/messages", body);
        await EnsureSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())?["messageId"]?.ToString() ?? "";
    }

    /// <summary>An adaptiveCard/action invoke as a click from <paramref name="fromUserId"/>; returns the bot's invoke response.</summary>
    public async Task<JsonNode?> InvokeAsync(JsonObject value, string replyToId, string fromUserId = "user-id-0", string? conversationId = null)
    {
        var body = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["from"] = new JsonObject { ["id"] = fromUserId },
            ["conversation"] = new JsonObject { ["id"] = conversationId ?? ConversationId },
            ["replyToId"] = replyToId,
            ["value"] = value,
        };
        var response = await _http.PostAsJsonAsync("/_conversation/v1/invoke", body);
        await EnsureSuccessAsync(response);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync());
    }

    public async Task<JsonObject> ConfigAsync()
        => (await _http.GetFromJsonAsync<JsonObject>("/_internal/v1/config"))!;

    /// <summary>The next frame from the bot (in order of arrival) that matches, or a timeout naming what was seen.</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        try
        {
            while (true)
            {
                var frame = await _frames.Reader.ReadAsync(cts.Token);
                _seen.Add(frame);
                if (match(frame))
                {
                    return frame;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The expected frame never arrived. Frames seen:\n" +
                string.Join('\n', _seen.Select(f => f.ToJsonString()[..Math.Min(400, f.ToJsonString().Length)])) + "\nPlayground output:\n" + Output);
        }
    }

    /// <summary>
    /// Waits until every predicate has matched a distinct frame, in whatever order they arrive (a vote's card update and
    /// its announcement race each other); returns the frames in the order of <paramref name="matches"/>.
    /// </summary>
    public async Task<JsonObject[]> WaitForEachAsync(TimeSpan timeout, params Func<JsonObject, bool>[] matches)
    {
        var found = new JsonObject?[matches.Length];
        var deadline = DateTime.UtcNow + timeout;
        while (found.Any(f => f is null))
        {
            var left = deadline - DateTime.UtcNow;
            var frame = await WaitForAsync(f => Enumerable.Range(0, matches.Length).Any(i => found[i] is null && matches[i](f)),
                left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1));
            var index = Enumerable.Range(0, matches.Length).First(i => found[i] is null && matches[i](frame));
            found[index] = frame;
        }

        return [.. found.Select(f => f!)];
    }

    /// <summary>Waits for a createMessage frame whose text contains <paramref name="fragment"/>.</summary>
    public Task<JsonObject> WaitForTextAsync(string fragment, TimeSpan? timeout = null)
        => WaitForAsync(f => Text(f).Contains(fragment, StringComparison.OrdinalIgnoreCase), timeout);

    public static string Text(JsonObject frame) => frame["message"]?["text"]?.GetValue<string>() ?? "";

    /// <summary>"createMessage", "updateMessage" or "typing".</summary>
    public static string Action(JsonObject frame) => frame["action"]?.GetValue<string>() ?? "";

    /// <summary>The conversation the frame belongs to.</summary>
    public static string Conversation(JsonObject frame) => frame["actionConversationId"]?.GetValue<string>() ?? "";

    public static string MessageId(JsonObject frame) => frame["message"]?["messageId"]?.ToString() ?? "";

    /// <summary>The first Adaptive Card in the frame's message, if any.</summary>
    public static JsonObject? Card(JsonObject frame)
        => frame["message"]?["attachments"]?.AsArray()
            .FirstOrDefault(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")?["content"] as JsonObject;

    /// <summary>A refused call names what the Playground said (e.g. UserNotFound for a user who is not in the chat).</summary>
    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"The Playground answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}", null, response.StatusCode);
        }
    }

    private async Task ReadFramesAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                if (JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray())) is JsonObject frame)
                {
                    await _frames.Writer.WriteAsync(frame);
                }

                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or System.Text.Json.JsonException)
        {
            // The stream ends with the playground; waiting tests report what they saw.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Abort();
        _socket.Dispose();
        _http.Dispose();
        await _process.DisposeAsync();
        _stop.Dispose();
    }
}
