using System.Text.Json;
using Microsoft.Extensions.Options;
using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Auth;
using ProgramaBot.BotFramework.Connector;
using ProgramaBot.BotFramework.Connector.Trust;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Telemetry;

namespace ProgramaBot.BotFramework;

/// <summary>POST /api/messages: read → authenticate → dispatch → answer. Bad input is a 4xx, never a 500.</summary>
internal static class MessagesEndpoint
{
    private const string TeamsChannel = "msteams";

    public static async Task<IResult> HandleAsync(
        HttpContext http,
        InboundAuthenticator authenticator,
        TurnDispatcher dispatcher,
        ServiceUrlPolicy serviceUrls,
        IHostEnvironment environment,
        IOptions<BotAuthenticationOptions> options,
        BotMetrics metrics,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("ProgramaBot.BotFramework.Messages");
        if (!IsJson(http.Request.ContentType))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "El cuerpo debe ser JSON (Content-Type: application/json).");
        }

        Activity? activity;
        using (var body = await RequestBody.RentAsync(http.Request, options.Value.MaxRequestBodyBytes, cancellationToken))
        {
            if (body is null)
            {
                return Problem(StatusCodes.Status413PayloadTooLarge, $"La actividad supera el límite de {options.Value.MaxRequestBodyBytes} bytes.");
            }

            if (!TryRead(body, out activity))
            {
                return Problem(StatusCodes.Status400BadRequest, "El cuerpo no es una actividad JSON válida.");
            }
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return Problem(StatusCodes.Status400BadRequest, "La actividad no tiene «type».");
        }

        // Authenticate before anything else looks at the activity's content.
        if (await authenticator.AuthenticateAsync(http.Request.Headers.Authorization, activity, cancellationToken) is not { } caller)
        {
            return Results.Unauthorized();
        }

        // Other channels (Web Chat, Direct Line) let their clients choose from.id: the roster could not trust it.
        if (!environment.IsDevelopment() && !string.Equals(activity.ChannelId, TeamsChannel, StringComparison.Ordinal))
        {
            return Problem(StatusCodes.Status403Forbidden, "Este bot solo atiende mensajes de Microsoft Teams.");
        }

        if (HasOversizedId(activity))
        {
            return Problem(StatusCodes.Status400BadRequest, $"Un identificador de la actividad supera {MaxIdBytes} bytes.");
        }

        if (NeedsServiceUrl(activity) && !ServiceUrls.TryParse(activity.ServiceUrl, out _))
        {
            return Problem(StatusCodes.Status400BadRequest, "La actividad no tiene un «serviceUrl» válido al cual responder.");
        }

        // Answering means sending the bot's token there: only to a serviceUrl a Bot Framework token vouched for or that is allow-listed.
        if (NeedsServiceUrl(activity) && !serviceUrls.Allows(activity.ServiceUrl))
        {
            return Problem(StatusCodes.Status403Forbidden, "El «serviceUrl» de la actividad no es un servicio de Teams autorizado para recibir respuestas.");
        }

        if (NeedsServiceUrl(activity) && string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return Problem(StatusCodes.Status400BadRequest, "La actividad no indica su conversación («conversation.id»), así que no hay dónde responder.");
        }

        // Per activity: Debug (at Information this line alone cost about a fifth of the throughput). What matters
        // within a turn (rejections, references captured, delivery failures, errors) is still logged at Information
        // or above, inside this scope.
        using var scope = ActivityScope(logger, activity.Id, activity.Type, activity.Conversation?.Id);
        ActivityReceived(logger, null);
        metrics.ActivityReceived(activity.Type);
        using var turnSpan = BotTraces.StartTurn(activity.Type, activity.ChannelId);

        var turn = new TurnContext(activity, caller, http.RequestServices);
        try
        {
            var invokeResponse = await dispatcher.DispatchAsync(turn, cancellationToken);
            return Respond(turn, invokeResponse);
        }
        catch (ConnectorException e)
        {
            // Teams did not take our answer; the activity itself was fine, so this is not the caller's error.
            logger.LogError(e, "Reply could not be delivered to the Bot Connector");
            return Problem(StatusCodes.Status502BadGateway, "No se pudo entregar la respuesta al servicio de Teams.");
        }
    }

    private static IResult Respond(TurnContext turn, InvokeResponse? invokeResponse)
    {
        if (invokeResponse is not null)
        {
            // Always HTTP 200: the outcome, including 501 for an invoke we do not implement, is in the body, which is
            // what Teams reads. A 5xx status would read as the bot failing (and Teams may retry it).
            return new JsonReply<System.Text.Json.Nodes.JsonObject>(invokeResponse.ToJson());
        }

        if (turn.Activity.ExpectsReplies())
        {
            // Serialised straight from the typed replies (no JsonNode copy of each reply), into a pooled buffer.
            return new JsonReply<ExpectedReplies>(new ExpectedReplies(turn.BufferedReplies));
        }

        return Results.Ok();
    }

    /// <summary>
    /// Ids go into Connector URLs and storage keys (an Azure Table key holds 1 KiB and ours are base64 of the id, 4/3
    /// longer); Teams' ids are a few hundred bytes at most, so anything past this did not come from Teams.
    /// </summary>
    private const int MaxIdBytes = 512;

    private static bool HasOversizedId(Activity activity)
        => IsOversized(activity.Id) || IsOversized(activity.ReplyToId) || IsOversized(activity.Conversation?.Id)
            || IsOversized(activity.From?.Id) || IsOversized(activity.Recipient?.Id);

    private static bool IsOversized(string? id) => id is not null && System.Text.Encoding.UTF8.GetByteCount(id) > MaxIdBytes;

    private static bool TryRead(RentedBody body, out Activity? activity)
    {
        try
        {
            activity = ActivityReader.Read(body.Span);
            return true;
        }
        catch (Exception e) when (e is JsonException
                                       // Comparing keys unescapes them: "\ud800" as a key is valid JSON but not valid UTF-16.
                                       || e is InvalidOperationException)
        {
            activity = null;
            return false;
        }
    }

    private static readonly Func<ILogger, string?, string?, string?, IDisposable?> ActivityScope =
        LoggerMessage.DefineScope<string?, string?, string?>("Activity {ActivityId} ({ActivityType}) in {ConversationId}");

    private static readonly Action<ILogger, Exception?> ActivityReceived =
        LoggerMessage.Define(LogLevel.Debug, new EventId(1, "ActivityReceived"), "Activity received");

    private static bool NeedsServiceUrl(Activity activity) => !activity.ExpectsReplies()
        && activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate or ActivityTypes.Invoke;

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase));

    private static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);
}
