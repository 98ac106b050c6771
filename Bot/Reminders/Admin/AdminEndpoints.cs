using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ProgramaBot.Reminders.Commands;
using ProgramaBot.Reminders.Schedule;
using ProgramaBot.Security;

namespace ProgramaBot.Reminders.Admin;

/// <summary>
/// /api/reminders: the same schedule commands as the chat, for scripts (header X-Api-Key = Reminders:AdminApiKey).
/// Bodies: <c>{"when":"28/09/2021 10:00"}</c> — any form the chat accepts; times are in the commission's zone. The path
/// becomes a typed <see cref="ScheduleCommand"/>, run by the same handler as the chat's: 200 with its Spanish
/// confirmation, or 400 (problem details) with the Spanish reason when nothing could be changed.
/// </summary>
public static partial class AdminEndpoints
{
    public sealed record WhenBody(string? When);

    public sealed record AdminReply(string Message);

    public static IEndpointRouteBuilder MapReminderAdmin(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/reminders").AddEndpointFilter(RequireKeyAsync).DisableAntiforgery();
        group.MapGet("/schedule", (EffectiveSchedule schedule, CancellationToken ct) => schedule.ListAsync(ct));
        group.MapPut("/sessions/{kind}/{number}", (string kind, string number, WhenBody body, ScheduleCommandHandler handler, CancellationToken ct)
            => RunAsync(Session(kind, number) is { } session ? new ScheduleSession(session.Kind, session.Number, body.When ?? "") : null, handler, ct));
        group.MapDelete("/sessions/{kind}/{number}", (string kind, string number, ScheduleCommandHandler handler, CancellationToken ct)
            => RunAsync(Session(kind, number) is { } session ? new CancelSession(session.Kind, session.Number) : null, handler, ct));
        group.MapPut("/deadlines/{item}", (string item, WhenBody body, ScheduleCommandHandler handler, CancellationToken ct)
            => RunAsync(IsItem(item) ? new ScheduleDeadline(item, body.When ?? "") : null, handler, ct));
        group.MapDelete("/deadlines/{item}", (string item, ScheduleCommandHandler handler, CancellationToken ct)
            => RunAsync(IsItem(item) ? new CancelDeadline(item) : null, handler, ct));
        return endpoints;
    }

    /// <summary>The path's session: «ordinaria» or «extraordinaria» (any case or accent) and a number, Arabic or Roman.</summary>
    private static (ScheduleKind Kind, int Number)? Session(string kind, string number)
    {
        ScheduleKind? parsed = SpanishText.FoldPhrase(kind) switch
        {
            "ordinaria" => ScheduleKind.OrdinarySession,
            "extraordinaria" => ScheduleKind.ExtraordinarySession,
            _ => null,
        };
        return parsed is { } k && SessionKeys.ParseNumber(number.Trim()) is { } n ? (k, n) : null;
    }

    /// <summary>A programme item's number as the programme writes it: «3.2.1».</summary>
    private static bool IsItem(string item) => ItemPattern().IsMatch(item);

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{1,3}){1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemPattern();

    private static async Task<IResult> RunAsync(ScheduleCommand? command, ScheduleCommandHandler handler, CancellationToken cancellationToken)
    {
        if (command is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Solicitud no válida",
                detail: "No reconozco esa sesión o ese plazo (use ordinaria|extraordinaria y un número, o el número de la línea de acción, p. ej. 3.2.1).");
        }

        var reply = await handler.RunAsync(command, "admin-api", cancellationToken);
        return reply.IsInvalid
            ? Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Solicitud no válida", detail: reply.Message)
            : Results.Ok(new AdminReply(reply.Message));
    }

    private static async ValueTask<object?> RequireKeyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var configured = http.RequestServices.GetRequiredService<IOptions<ReminderOptions>>().Value.AdminApiKey;
        return http.RequestServices.GetRequiredService<ApiKeyGate>().Check(http, configured, http.Request.Headers[ApiKeyGate.Header].FirstOrDefault()) switch
        {
            ApiKeyResult.Accepted => await next(context),
            ApiKeyResult.TooManyFailures => ApiKeyGate.TooManyFailures(http),
            _ => Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Falta la clave de administración (X-Api-Key) o no es válida."),
        };
    }
}
