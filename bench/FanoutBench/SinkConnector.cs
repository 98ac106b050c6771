using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ProgramaBot.Bench;

/// <summary>
/// A local Bot Connector that only counts: when each request arrived, for which conversation, and whether it was
/// answered with a scripted 429 (every <c>throttleEvery</c>-th request, Retry-After 1 s) or accepted.
/// </summary>
internal sealed class SinkConnector(WebApplication app, int throttleEvery) : IAsyncDisposable
{
    private long _requests;

    public sealed record Hit(string Conversation, long Ticks, bool Throttled);

    public ConcurrentQueue<Hit> Hits { get; } = new();

    public string ServiceUrl { get; private set; } = "";

    public static async Task<SinkConnector> StartAsync(int throttleEvery)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new SinkConnector(app, throttleEvery);
        app.MapPost("/v3/conversations/{id}/activities", sink.Accept);
        await app.StartAsync();
        sink.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return sink;
    }

    private IResult Accept(string id, HttpContext http)
    {
        var n = Interlocked.Increment(ref _requests);
        var throttled = throttleEvery > 0 && n % throttleEvery == 0;
        Hits.Enqueue(new Hit(id, TimeProvider.System.GetTimestamp(), throttled));
        if (throttled)
        {
            http.Response.Headers.RetryAfter = "1";
            return Results.Json(new { error = new { code = "Throttled", message = "bench" } }, statusCode: 429);
        }

        return Results.Json(new { id = "a" + n });
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
