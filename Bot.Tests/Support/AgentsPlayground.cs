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

    public static async Task<AgentsPlayground> StartAsync(string botMessagesUrl)
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
            new Dictionary<string, string?> { ["TEAMSAPPTESTER_BROWSER"] = "none" });
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

    public async Task InstallAsync()
        => (await _http.PostAsJsonAsync($"/_debug/conversation/{ConversationId}/installation", new JsonObject())).EnsureSuccessStatusCode();

    public async Task SendAsync(string text, string fromUserId = "user-id-0")
    {
        var body = new JsonObject { ["from"] = new JsonObject { ["id"] = fromUserId }, ["text"] = text, ["textFormat"] = "plain" };
        (await _http.PostAsJsonAsync($"/_conversation/v1/conversations/{ConversationId}/messages", body)).EnsureSuccessStatusCode();
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
        response.EnsureSuccessStatusCode();
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

    /// <summary>Waits for a createMessage frame whose text contains <paramref name="fragment"/>.</summary>
    public Task<JsonObject> WaitForTextAsync(string fragment, TimeSpan? timeout = null)
        => WaitForAsync(f => Text(f).Contains(fragment, StringComparison.OrdinalIgnoreCase), timeout);

    public static string Text(JsonObject frame) => frame["message"]?["text"]?.GetValue<string>() ?? "";

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
