using Microsoft.Extensions.Options;
using ProgramaBot.Approvals.Creation;
using ProgramaBot.Approvals.Kinds;
using ProgramaBot.Approvals.Storage;
using ProgramaBot.BotFramework;
using ProgramaBot.Commission;

namespace ProgramaBot.Approvals.Api;

/// <summary>POST /api/approvals (systems that produce requests) and GET /api/approvals/{id}; both need X-Api-Key.</summary>
internal static class ApprovalsEndpoints
{
    public const string ApiSource = "api";
    public const string DefaultRequester = "Sistema externo (API)";

    public static async Task<IResult> CreateAsync(
        HttpRequest http, RequestCreator creator, IOptions<ApprovalsOptions> options, CancellationToken cancellationToken)
    {
        if (http.ContentType is not { } contentType || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "El cuerpo debe ser JSON (Content-Type: application/json).");
        }

        if (await RequestBody.ReadAsync(http, options.Value.MaxBodyBytes, cancellationToken) is not { } body)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"La solicitud supera el límite de {options.Value.MaxBodyBytes} bytes.");
        }

        var (parsed, errors) = ApiRequestReader.Read(body);
        if (parsed is null)
        {
            return Invalid(errors);
        }

        var validated = RequestValidator.Validate(parsed.Kind, parsed.Fields, rejectUnknown: true);
        if (!validated.IsValid)
        {
            return Invalid(validated.Errors);
        }

        var result = await creator.CreateAsync(new NewRequest(null, parsed.Kind, validated.Values,
            parsed.RequestedBy ?? DefaultRequester, null, parsed.NotifyConversationId, ApiSource), cancellationToken);
        if (result.Kind == CreationResultKind.Failed)
        {
            return Problem(StatusCodes.Status503ServiceUnavailable, result.Error!);
        }

        var id = result.Request!.Id;
        http.HttpContext.Response.Headers.Location = $"/api/approvals/{Uri.EscapeDataString(id)}";
        return Results.Json(new { id, request = result.Request }, StoreJson.Options, statusCode: StatusCodes.Status201Created);
    }

    public static async Task<IResult> GetAsync(string id, IApprovalStore store, CommissionRoster roster, CancellationToken cancellationToken)
    {
        if (id.Length > 100 || await store.GetAsync(id, cancellationToken) is not { } snapshot)
        {
            return Problem(StatusCodes.Status404NotFound, $"No existe la solicitud «{(id.Length > 40 ? id[..40] + "…" : id)}».");
        }

        var audit = await store.GetAuditAsync(id, cancellationToken);
        return Results.Json(ApprovalView.Of(snapshot, audit, (await roster.CurrentAsync(cancellationToken)).Members), StoreJson.Options);
    }

    private static IResult Invalid(IReadOnlyList<FieldError> errors) => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Solicitud no válida",
        detail: string.Join(" ", errors.Select(e => e.Message)),
        extensions: new Dictionary<string, object?>
        {
            ["errors"] = errors.Select(e => new { field = e.FieldId, message = e.Message }).ToArray(),
        });

    private static IResult Problem(int status, string detail) => Results.Problem(statusCode: status, detail: detail);
}
