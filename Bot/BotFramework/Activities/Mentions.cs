using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ProgramaBot.BotFramework.Activities;

/// <summary>Teams puts <c>&lt;at&gt;BotName&lt;/at&gt;</c> into channel and group-chat messages.</summary>
public static partial class Mentions
{
    public static string StripBotMention(Activity activity)
    {
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        // Most messages mention nobody: their entities' bytes then need no parse (Activity.MayMention).
        foreach (var entity in (activity.MayMention() ? activity.Entities : null) ?? [])
        {
            // Entities are caller-supplied: any field may be missing, null or of another JSON kind.
            if (entity is null
                || StringOf(entity["type"]) != "mention"
                || StringOf((entity["mentioned"] as JsonObject)?["id"]) is not { } mentionedId
                || !string.Equals(mentionedId, botId, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (StringOf(entity["text"]) is { Length: > 0 } mentionText)
            {
                text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        // Some clients omit the entity; a leading <at>…</at> is still addressed to the bot.
        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = LeadingAtTag().Replace(text, " ");
        }

        // The replace makes a copy even when every space is already single: most questions need only the trim.
        return (HasWhiteSpaceToFold(text) ? WhiteSpace().Replace(text, " ") : text).Trim();
    }

    /// <summary>Whether <c>\s+</c> → " " would change anything: whitespace other than a space, or two in a row.</summary>
    private static bool HasWhiteSpaceToFold(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i > 0 && char.IsWhiteSpace(text[i - 1]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The node's string value; null when it is absent or not a JSON string.</summary>
    internal static string? StringOf(JsonNode? node)
        => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    [GeneratedRegex(@"^\s*<at>[^<]*</at>", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingAtTag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
