using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using ProgramaBot.Approvals.Creation;
using ProgramaBot.Programme.Import;
using ProgramaBot.Time;

namespace ProgramaBot.Programme.Publication.Api;

/// <summary>
/// POST /api/programmes (X-Api-Key, like /api/approvals): IT staff upload the commission's document as
/// multipart/form-data (field <c>file</c>, optional <c>requestedBy</c>); it is imported and submitted to the commission
/// at once. 201 with the request id and the import report; 400 with the importer's message for a file that is not a
/// readable programme.
/// </summary>
internal static class ProgrammesEndpoints
{
    public const string DefaultRequester = "Área de informática (API)";

    public static async Task<IResult> CreateAsync(
        HttpRequest http,
        IProgrammeImporter importer,
        IProgrammeStore store,
        ProgrammeSubmission submission,
        CommissionClock clock,
        IOptions<PublicationOptions> options,
        CancellationToken cancellationToken)
    {
        var max = options.Value.MaxFileBytes;
        if (!http.HasFormContentType)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType,
                "Envíe el documento como multipart/form-data, en el campo «file» (por ejemplo: curl -F file=@programa.docx).");
        }

        if (http.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max + (64 * 1024);
        }

        IFormCollection form;
        try
        {
            form = await http.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = max + (64 * 1024) }, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? TooLarge(max)
                : Problem(StatusCodes.Status400BadRequest, "El cuerpo multipart/form-data no se pudo leer.");
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return Problem(StatusCodes.Status400BadRequest, "Falta el archivo: envíelo en el campo «file».");
        }

        if (file.Length > max)
        {
            return TooLarge(max);
        }

        var requestedBy = form["requestedBy"].ToString().Trim() is { Length: > 0 and <= 200 } named ? named : DefaultRequester;
        var fileName = Path.GetFileName(file.FileName);
        ImportResult imported;
        try
        {
            await using var stream = file.OpenReadStream();
            imported = importer.Import(stream, fileName);
        }
        catch (ProgrammeImportException e)
        {
            return Problem(StatusCodes.Status400BadRequest, e.Message);
        }

        var draft = ProgrammeDraft.From(imported, "api", requestedBy, submittedById: null, conversationId: null, clock.UtcNow);
        await store.SaveDraftAsync(draft, cancellationToken);
        var result = await submission.SubmitAsync(draft, requestedBy, null, null, "api", cancellationToken);
        if (result.Kind == CreationResultKind.Failed)
        {
            await store.DeleteDraftAsync(draft.Id, CancellationToken.None);
            return Problem(StatusCodes.Status503ServiceUnavailable, result.Error!);
        }

        var requestId = result.Request!.Id;
        http.HttpContext.Response.Headers.Location = $"/api/approvals/{Uri.EscapeDataString(requestId)}";
        return Results.Json(new
        {
            requestId,
            year = imported.Programme.Year,
            title = imported.Programme.Title,
            report = imported.Report,
        }, statusCode: StatusCodes.Status201Created);
    }

    private static IResult TooLarge(int max)
        => Problem(StatusCodes.Status413PayloadTooLarge, $"El archivo supera el límite de {max} bytes.");

    private static IResult Problem(int status, string detail) => Results.Problem(statusCode: status, detail: detail);
}
