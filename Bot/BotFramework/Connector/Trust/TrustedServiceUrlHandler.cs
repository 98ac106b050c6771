namespace ProgramaBot.BotFramework.Connector.Trust;

/// <summary>
/// The outermost handler of the Connector's HttpClient: every request, from any feature and on every retry, passes
/// <see cref="ServiceUrlPolicy"/> before it leaves the process, so the Authorization header it carries cannot reach a
/// host an activity merely named.
/// </summary>
internal sealed class TrustedServiceUrlHandler(ServiceUrlPolicy policy, ILogger<TrustedServiceUrlHandler> logger) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!policy.Allows(request.RequestUri))
        {
            logger.LogWarning("Refused to send to {Host}: not a vouched or allow-listed Bot Connector URL (Connector:AllowedServiceUrls)",
                request.RequestUri?.Authority);
            throw new UntrustedServiceUrlException(request.RequestUri);
        }

        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>Nothing was sent: the destination is not trusted with the bot's token.</summary>
public sealed class UntrustedServiceUrlException(Uri? uri)
    : HttpRequestException($"'{uri?.GetLeftPart(UriPartial.Authority)}' is not a trusted Bot Connector URL.");
