using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ProgramaBot.Tests.Fakes;

/// <summary>
/// A real HTTP server on 127.0.0.1 playing the Bot Connector (serviceUrl/v3/…): records every call and
/// answers with scripted failures first, then success. Teams itself cannot be reached from here.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private WebApplication _app = null!;
    private readonly ConcurrentQueue<ScriptedFailure> _failures = new();
    private int _nextId;

    public sealed record ConnectorCall(string Method, string Path, string? Authorization, JsonNode? Body, DateTimeOffset At);

    public sealed record ScriptedFailure(HttpStatusCode Status, string? Code = null, TimeSpan? RetryAfter = null);

    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    /// <summary>The serviceUrl to put on activities, ending in '/'.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>Optional per-call answer; return null to fall through to the scripted failures / success.</summary>
    public Func<ConnectorCall, ScriptedFailure?>? Responder { get; set; }

    /// <summary>
    /// Optional hold before a call is recorded and answered. A held call is recorded when released, which is when Teams
    /// would apply it: lets a test make an earlier card update land after a later one.
    /// </summary>
    public Func<ConnectorCall, Task>? Hold { get; set; }

    /// <summary>A person as Teams lists them in a conversation (GET …/pagedmembers).</summary>
    public sealed record Member(string Id, string? AadObjectId, string Name);

    /// <summary>Conversation id → its members; a conversation not listed here has none.</summary>
    public ConcurrentDictionary<string, IReadOnlyList<Member>> Members { get; } = new(StringComparer.Ordinal);

    /// <summary>Teams may answer fewer members than asked for; a small page makes the bot follow continuation tokens.</summary>
    public int MaxMembersPage { get; set; } = 200;

    /// <param name="certificate">Serve https (as Teams does; a bot outside Development sends its token nowhere else).</param>
    public static async Task<FakeBotConnector> StartAsync(System.Security.Cryptography.X509Certificates.X509Certificate2? certificate = null)
    {
        var fake = new FakeBotConnector();
        (fake._app, var baseUrl) = await LocalServer.StartAsync(app => app.Map("/{**path}", fake.HandleAsync), certificate);
        fake.ServiceUrl = baseUrl + "/";
        return fake;
    }

    public void FailNext(params ScriptedFailure[] failures)
    {
        foreach (var failure in failures)
        {
            _failures.Enqueue(failure);
        }
    }

    public IReadOnlyList<ConnectorCall> CallsTo(string method, string pathContains)
        => [.. Calls.Where(c => c.Method == method && c.Path.Contains(pathContains, StringComparison.Ordinal))];

    /// <summary>Waits until <paramref name="condition"/> holds over the recorded calls (or fails after the timeout).</summary>
    public async Task<IReadOnlyList<ConnectorCall>> WaitForAsync(Func<IReadOnlyList<ConnectorCall>, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            var snapshot = Calls.ToList();
            if (condition(snapshot))
            {
                return snapshot;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"The fake Connector did not see the expected calls; it saw {Calls.Count}.");
    }

    private async Task HandleAsync(HttpContext http)
    {
        JsonNode? body = null;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            using var reader = new StreamReader(http.Request.Body);
            var text = await reader.ReadToEndAsync();
            body = text.Length > 0 ? JsonNode.Parse(text) : null;
        }

        var call = new ConnectorCall(http.Request.Method, http.Request.Path + http.Request.QueryString,
            http.Request.Headers.Authorization.FirstOrDefault(), body, DateTimeOffset.UtcNow);
        if (Hold is { } hold)
        {
            await hold(call);
        }

        Calls.Enqueue(call);

        var failure = Responder?.Invoke(call) ?? (_failures.TryDequeue(out var next) ? next : null);
        if (failure is not null)
        {
            http.Response.StatusCode = (int)failure.Status;
            if (failure.RetryAfter is { } retryAfter)
            {
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await http.Response.WriteAsJsonAsync(new { error = new { code = failure.Code ?? failure.Status.ToString(), message = "scripted" } });
            return;
        }

        if (http.Request.Path.Value!.EndsWith("/pagedmembers", StringComparison.Ordinal))
        {
            await WriteMembersPageAsync(http);
            return;
        }

        var id = http.Request.Method == "PUT"
            ? http.Request.Path.Value!.Split('/').Last()
            : "activity-" + Interlocked.Increment(ref _nextId);
        await http.Response.WriteAsJsonAsync(new { id = Uri.UnescapeDataString(id) });
    }

    /// <summary>Pages as Teams does: at most pageSize members, and a continuation token while more remain.</summary>
    private async Task WriteMembersPageAsync(HttpContext http)
    {
        const string prefix = "/v3/conversations/";
        var path = http.Request.Path.Value!;
        var start = path.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length;
        var conversationId = Uri.UnescapeDataString(path[start..path.LastIndexOf("/pagedmembers", StringComparison.Ordinal)]);
        var all = Members.GetValueOrDefault(conversationId, []);
        var size = Math.Min(int.TryParse(http.Request.Query["pageSize"], out var s) && s > 0 ? s : 200, MaxMembersPage);
        var from = int.TryParse(http.Request.Query["continuationToken"], out var c) ? c : 0;
        var page = all.Skip(from).Take(size).Select(m => new
        {
            id = m.Id,
            name = m.Name,
            aadObjectId = m.AadObjectId,
            userPrincipalName = m.Name.Replace(' ', '.').ToLowerInvariant() + "@iepcdgo.example",
            tenantId = Activities.TenantId,
            userRole = "user",
        }).ToList();
        var next = from + page.Count < all.Count ? (from + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        await http.Response.WriteAsJsonAsync(new { members = page, continuationToken = next });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
