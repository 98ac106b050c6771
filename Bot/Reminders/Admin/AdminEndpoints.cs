using Microsoft.Extensions.Options;
using ProgramaBot.Reminders.Chat;
using ProgramaBot.Reminders.Schedule;
using ProgramaBot.Security;

namespace ProgramaBot.Reminders.Admin;

/// <summary>
/// /api/reminders: the same schedule commands as the chat, for scripts (header X-Api-Key = Reminders:AdminApiKey).
/// Bodies: <c>{"when":"28/09/2021 10:00"}</c> — any form the chat accepts; times are in the commission's zone.
/// </summary>
public static class AdminEndpoints
{
    public sealed record WhenBody(string When);

    public sealed record AdminReply(string Message);

    public static IEndpointRouteBuilder MapReminderAdmin(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/reminders").AddEndpointFilter(RequireKeyAsync).DisableAntiforgery();
        group.MapGet("/schedule", (EffectiveSchedule schedule, CancellationToken ct) => schedule.ListAsync(ct));
        group.MapPut("/sessions/{kind}/{number}", (string kind, string number, WhenBody body, ScheduleCommandHandler handler, CancellationToken ct)
            => RunAsync($"programar sesión {kind} {number} {body.When}", handler, ct));
        group.MapDelete("/sessions/{kind}/{number}", (string kind, string number, ScheduleCommandHandler handler, CancellationToken ct)
            => RunAsync($"cancelar sesión {kind} {number}", handler, ct));
        group.MapPut("/deadlines/{item}", (string item, WhenBody body, ScheduleCommandHandler handler, CancellationToken ct)
            => RunAsync($"programar plazo {item} {body.When}", handler, ct));
        group.MapDelete("/deadlines/{item}", (string item, ScheduleCommandHandler handler, CancellationToken ct)
            => RunAsync($"cancelar plazo {item}", handler, ct));
        return endpoints;
    }

    private static async Task<IResult> RunAsync(string text, ScheduleCommandHandler handler, CancellationToken cancellationToken)
    {
        if (ScheduleCommandParser.Parse(text) is not { } command)
        {
            return Results.BadRequest(new AdminReply("No reconozco esa sesión o ese plazo (use ordinaria|extraordinaria y un número)."));
        }

        return Results.Ok(new AdminReply(await handler.RunAsync(command, "admin-api", cancellationToken)));
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
