using Microsoft.Extensions.Options;
using ProgramaBot.Security;

namespace ProgramaBot.Approvals.Api;

/// <summary>X-Api-Key against Approvals:ApiKey through the shared <see cref="ApiKeyGate"/>; no key configured = the API is off.</summary>
internal sealed class ApiKeyFilter(IOptions<ApprovalsOptions> options, ApiKeyGate gate) : IEndpointFilter
{
    public const string Header = ApiKeyGate.Header;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (options.Value.ApiKey is not { Length: > 0 } expected)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "API deshabilitada",
                detail: "Esta API (aprobaciones y programas) está deshabilitada: configure Approvals:ApiKey para habilitarla.");
        }

        var http = context.HttpContext;
        return gate.Check(http, expected, http.Request.Headers[Header].ToString()) switch
        {
            ApiKeyResult.Accepted => await next(context),
            ApiKeyResult.TooManyFailures => ApiKeyGate.TooManyFailures(http),
            _ => Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "No autorizado",
                detail: $"Falta el encabezado {Header} o su valor no es válido."),
        };
    }
}
