using System.Text.RegularExpressions;

namespace ProgramaBot.Cards;

/// <summary>
/// What a card says, in words: <see cref="FallbackText"/> for a client that cannot draw the card, <see cref="Speak"/>
/// for screen readers and voice. Every card states both (<see cref="CardJson.Card"/> requires it), in formal Spanish.
/// </summary>
/// <param name="FallbackText">May use the same markdown as a TextBlock (Teams shows it as a message).</param>
/// <param name="Speak">Said aloud: plain text. <see cref="CardJson.Card"/> strips markdown and SSML's angle brackets,
/// because titles and names come from users and «speak» may be read as SSML.</param>
public sealed partial record CardSummary(string FallbackText, string Speak)
{
    /// <summary>One sentence for both: what most cards need.</summary>
    public CardSummary(string sentence)
        : this(sentence, sentence)
    {
    }

    /// <summary><paramref name="text"/> as it should be said: no markdown emphasis, links as their words, lists and lines as sentences.</summary>
    public static string Plain(string text)
    {
        var lines = MarkdownLink().Replace(text, "$1").Split('\n')
            .Select(line => Unspoken().Replace(ListBullet().Replace(line, "").Replace("**", "", StringComparison.Ordinal), " "))
            .Select(line => Spaces().Replace(line, " ").Trim())
            .Where(line => line.Length > 0)
            .ToList();

        // A line break ends a sentence when read aloud.
        return string.Join(' ', lines.Select((line, i) => i < lines.Count - 1 && !".:;!?…".Contains(line[^1]) ? line + "." : line));
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^\s*[-*]\s+")]
    private static partial Regex ListBullet();

    [GeneratedRegex(@"[<>*_#`\[\]]")]
    private static partial Regex Unspoken();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
