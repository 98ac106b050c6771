using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ProgramaBot.Approvals.Api;

/// <summary>X-Api-Key against Approvals:ApiKey, compared in constant time; no key configured = the API is off.</summary>
internal sealed class ApiKeyFilter(IOptions<ApprovalsOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (options.Value.ApiKey is not { Length: > 0 } expected)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "API deshabilitada",
                detail: "La API de aprobaciones está deshabilitada: configure Approvals:ApiKey para habilitarla.");
        }

        var given = context.HttpContext.Request.Headers[Header].ToString();
        if (!Matches(given, expected))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "No autorizado",
                detail: $"Falta el encabezado {Header} o su valor no es válido.");
        }

        return await next(context);
    }

    /// <summary>Hashing first makes the comparison length-independent as well as constant-time.</summary>
    private static bool Matches(string given, string expected)
        => CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
