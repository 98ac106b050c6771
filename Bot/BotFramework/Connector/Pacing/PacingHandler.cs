namespace ProgramaBot.BotFramework.Connector.Pacing;

/// <summary>
/// Waits for a slot before each Connector request. It sits inside the retry handler, so every attempt —
/// retries after a 429 included — is paced.
/// </summary>
internal sealed class PacingHandler(SlidingWindowPacer pacer) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var conversation = ConversationOf(request.RequestUri);
        while (!pacer.TryAcquire(conversation, out var wait))
        {
            await Task.Delay(wait, pacer.Clock, cancellationToken);
        }

        return await base.SendAsync(request, cancellationToken);
    }

    /// <summary>The {id} of …/v3/conversations/{id}/…; null for POST …/v3/conversations (create) and other calls.</summary>
    internal static string? ConversationOf(Uri? uri)
    {
        var segments = uri?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var index = Array.FindIndex(segments, s => s == "conversations");
        return index >= 0 && index + 1 < segments.Length ? Uri.UnescapeDataString(segments[index + 1]) : null;
    }
}
