using System.Text.Json;
using System.Text.Json.Nodes;
using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.Programme.Publication.Chat;

/// <summary>
/// A file a user sent the bot in a personal chat: Teams attaches <c>application/vnd.microsoft.teams.file.download.info</c>
/// whose content is <c>{downloadUrl, uniqueId, fileType}</c>; the attachment's name is the file's name.
/// </summary>
public sealed record TeamsFile(string Name, string DownloadUrl, string? FileType)
{
    public const string ContentType = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>True when the activity carries a file attachment at all (well formed or not).</summary>
    public static bool IsIn(Activity activity)
        => activity.Attachments?.Any(a => string.Equals(a?.ContentType, ContentType, StringComparison.OrdinalIgnoreCase)) == true;

    /// <summary>The first file attachment, or null when it lacks a download URL.</summary>
    public static TeamsFile? From(Activity activity)
    {
        var attachment = activity.Attachments?.FirstOrDefault(a => string.Equals(a?.ContentType, ContentType, StringComparison.OrdinalIgnoreCase));
        if (attachment?.Content is not JsonObject content || Text(content, "downloadUrl") is not { Length: > 0 } url)
        {
            return null;
        }

        var name = attachment.Name is { Length: > 0 } given ? Path.GetFileName(given) : "documento." + (Text(content, "fileType") ?? "bin");
        return new TeamsFile(name, url, Text(content, "fileType"));
    }

    private static string? Text(JsonObject content, string key)
        => content[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
