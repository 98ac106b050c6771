using System.Text.RegularExpressions;
using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.BotFramework.Turns;

/// <summary>Teams puts <c>&lt;at&gt;BotName&lt;/at&gt;</c> into channel and group-chat messages.</summary>
public static partial class Mentions
{
    public static string StripBotMention(Activity activity)
    {
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity["type"]?.GetValue<string>() != "mention"
                || entity["mentioned"]?["id"]?.GetValue<string>() is not { } mentionedId
                || !string.Equals(mentionedId, botId, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (entity["text"]?.GetValue<string>() is { Length: > 0 } mentionText)
            {
                text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        // Some clients omit the entity; a leading <at>…</at> is still addressed to the bot.
        text = LeadingAtTag().Replace(text, " ");
        return WhiteSpace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"^\s*<at>[^<]*</at>", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingAtTag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
