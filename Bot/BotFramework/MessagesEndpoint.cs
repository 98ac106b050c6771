using System.Text.Json;
using System.Text.Json.Nodes;
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
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = BotJson.Options.MaxDepth, AllowDuplicateProperties = false };

    public static async Task<IResult> HandleAsync(
        HttpContext http,
        InboundAuthenticator authenticator,
        TurnDispatcher dispatcher,
        IConnectorClient connector,
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

        var body = await RequestBody.ReadAsync(http.Request, options.Value.MaxRequestBodyBytes, cancellationToken);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"La actividad supera el límite de {options.Value.MaxRequestBodyBytes} bytes.");
        }

        Activity? activity;
        try
        {
            // One parse that also refuses repeated keys at any depth: the JsonObjects the bot reads later
            // (channelData, entities) would otherwise throw on first access, long after this guard.
            RejectInvalidEscapes(body);
            using var document = JsonDocument.Parse(body, DocumentOptions);
            activity = document.Deserialize<Activity>(BotJson.Options);
        }
        catch (Exception e) when (e is JsonException
                                       // Comparing keys unescapes them: "\ud800" as a key is valid JSON but not valid UTF-16.
                                       || e is InvalidOperationException)
        {
            return Problem(StatusCodes.Status400BadRequest, "El cuerpo no es una actividad JSON válida.");
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

        using var scope = logger.BeginScope("Activity {ActivityId} ({ActivityType}) in {ConversationId}",
            activity.Id, activity.Type, activity.Conversation?.Id);
        logger.LogInformation("Activity received");
        metrics.ActivityReceived(activity.Type);
        using var turnSpan = BotTraces.StartTurn(activity.Type, activity.ChannelId);

        var turn = new TurnContext(activity, caller, connector);
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
            return Results.Json(invokeResponse.ToJson(), BotJson.Options);
        }

        if (turn.Activity.ExpectsReplies())
        {
            var activities = new JsonArray([.. turn.BufferedReplies.Select(a => JsonSerializer.SerializeToNode(a, BotJson.Options))]);
            return Results.Json(new JsonObject { ["activities"] = activities }, BotJson.Options);
        }

        return Results.Ok();
    }

    /// <summary>
    /// Unescapes every escaped string and key once, here: "\ud800" is valid JSON but not valid text, and would
    /// otherwise throw wherever a handler or the reply serializer first reads it. Only escaped tokens cost anything.
    /// </summary>
    private static void RejectInvalidEscapes(byte[] body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = BotJson.Options.MaxDepth });
        while (reader.Read())
        {
            if ((reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName) && reader.ValueIsEscaped)
            {
                _ = reader.GetString(); // InvalidOperationException for a lone surrogate
            }
        }
    }

    /// <summary>
    /// Ids go into Connector URLs and storage keys (an Azure Table key holds 1 KiB and ours are base64 of the id, 4/3
    /// longer); Teams' ids are a few hundred bytes at most, so anything past this did not come from Teams.
    /// </summary>
    private const int MaxIdBytes = 512;

    private static bool HasOversizedId(Activity activity)
        => new[] { activity.Id, activity.ReplyToId, activity.Conversation?.Id, activity.From?.Id, activity.Recipient?.Id }
            .Any(id => id is not null && System.Text.Encoding.UTF8.GetByteCount(id) > MaxIdBytes);

    private static bool NeedsServiceUrl(Activity activity) => !activity.ExpectsReplies()
        && activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate or ActivityTypes.Invoke;

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase));

    private static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);
}
