using ProgramaBot.BotFramework.Activities;
using ProgramaBot.BotFramework.Turns;
using ProgramaBot.Commission;
using ProgramaBot.Programme.Import;
using ProgramaBot.Time;

namespace ProgramaBot.Programme.Publication.Chat;

/// <summary>
/// A file sent to the bot. From the Secretario Técnico in a personal chat: downloaded, imported, kept as a draft and
/// answered with the review card. From anyone else, or elsewhere: a polite refusal, and the file is not downloaded.
/// </summary>
internal sealed class ProgrammeUploadHandler(
    CommissionRoster roster,
    ProgrammeFileDownloader downloader,
    IProgrammeImporter importer,
    IProgrammeStore store,
    CommissionClock clock,
    ILogger<ProgrammeUploadHandler> logger) : IMessageHandler
{
    public const string OnlySecretario =
        "Gracias por su envío. Solo el Secretario Técnico de la Comisión puede cargar el Programa Anual de Trabajo; el archivo no se procesó.";

    public const string OnlyPersonal = "Para cargar el Programa Anual de Trabajo, envíeme el documento en un chat personal con el bot.";

    public async Task<bool> TryHandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (!TeamsFile.IsIn(activity))
        {
            return false;
        }

        var commission = await roster.CurrentAsync(cancellationToken);
        if (!commission.IsSecretarioTecnico(activity.From))
        {
            await turn.SendAsync(Activity.Message(OnlySecretario), cancellationToken);
            return true;
        }

        if (activity.Conversation?.ConversationType is { } type && !string.Equals(type, "personal", StringComparison.OrdinalIgnoreCase))
        {
            await turn.SendAsync(Activity.Message(OnlyPersonal), cancellationToken);
            return true;
        }

        if (TeamsFile.From(activity) is not { } file)
        {
            await turn.SendAsync(Activity.Message(ProgrammeFileDownloader.Unreadable), cancellationToken);
            return true;
        }

        if (await ImportAsync(turn, file, commission.SecretarioTecnico!.Name, cancellationToken) is { } failure)
        {
            await turn.SendAsync(Activity.Message(failure), cancellationToken);
        }

        return true;
    }

    /// <returns>Null when the review card was sent; otherwise what to tell the user.</returns>
    private async Task<string?> ImportAsync(ITurnContext turn, TeamsFile file, string submitter, CancellationToken cancellationToken)
    {
        ImportResult imported;
        try
        {
            var bytes = await downloader.DownloadAsync(file.DownloadUrl, cancellationToken);
            using var stream = new MemoryStream(bytes, writable: false);
            imported = importer.Import(stream, file.Name);
        }
        catch (ProgrammeDownloadException e)
        {
            logger.LogWarning(e, "Programme file {Name} could not be downloaded", file.Name);
            return e.Message;
        }
        catch (ProgrammeImportException e)
        {
            logger.LogInformation("Programme file {Name} was refused by the importer: {Reason}", file.Name, e.Message);
            return $"No pude importar «{ProgrammeSummary.Clip(file.Name, 120)}»: {e.Message}";
        }

        var from = turn.Activity.From;
        var draft = ProgrammeDraft.From(imported, "chat", submitter, from?.AadObjectId ?? from?.Id, turn.Activity.Conversation?.Id, clock.UtcNow);
        await store.SaveDraftAsync(draft, cancellationToken);
        logger.LogInformation("Programme draft {DraftId} ({Year}) imported from {Name}", draft.Id, draft.Year, file.Name);
        var card = ProgrammeReviewCard.Render(draft, imported.Programme, clock.Zone);
        await turn.SendAsync(Activity.Card(card, $"Revisión del {imported.Programme.ShortTitle}"), cancellationToken);
        return null;
    }
}
