using System.Net;
using Microsoft.Extensions.Options;

namespace ProgramaBot.Programme.Publication.Chat;

/// <summary>The file cannot be downloaded; <see cref="Exception.Message"/> is for the user (formal Spanish).</summary>
public sealed class ProgrammeDownloadException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Fetches the file behind a Teams <c>downloadUrl</c> (a short-lived, pre-authorised link). A typed client of its own,
/// with no handler that adds the bot's Connector token: that token is for the Bot Connector and must never reach another
/// host. Only https outside Development; bounded in size and time.
/// </summary>
public sealed class ProgrammeFileDownloader(HttpClient http, IOptions<PublicationOptions> options, IHostEnvironment environment, TimeProvider time)
{
    public const string Unreadable = "No pude descargar el archivo desde Teams. Envíelo de nuevo, por favor.";

    public async Task<byte[]> DownloadAsync(string downloadUrl, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(downloadUrl, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && environment.IsDevelopment())))
        {
            throw new ProgrammeDownloadException("El enlace de descarga del archivo no es válido. Envíe el archivo de nuevo, por favor.");
        }

        var max = options.Value.MaxFileBytes;
        using var timeout = new CancellationTokenSource(options.Value.DownloadTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new ProgrammeDownloadException(Unreadable);
            }

            if (response.Content.Headers.ContentLength > max)
            {
                throw TooLarge(max);
            }

            await using var body = await response.Content.ReadAsStreamAsync(linked.Token);
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(buffer, linked.Token)) > 0)
            {
                if (copy.Length + read > max)
                {
                    throw TooLarge(max);
                }

                copy.Write(buffer, 0, read);
            }

            return copy.ToArray();
        }
        catch (Exception e) when (e is HttpRequestException or IOException
                                      || (e is OperationCanceledException && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested))
        {
            throw new ProgrammeDownloadException(Unreadable, e);
        }
    }

    private static ProgrammeDownloadException TooLarge(int max)
        => new($"El archivo es demasiado grande: el límite es de {Math.Max(1, max / (1024 * 1024))} MB. Revise que sea el documento correcto.");

    internal static HttpMessageHandler CreateHandler() => new SocketsHttpHandler
    {
        // Teams' download links may redirect to storage; never from https down to http.
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 3,
        AutomaticDecompression = DecompressionMethods.None,
    };
}
