namespace ProgramaBot.Programme.Import;

/// <summary>
/// A paragraph cut by a page break (and the noise around it) continues in the next block: the first ends
/// without a sentence mark and the next starts in lower case. Such halves become one paragraph again.
/// </summary>
public static class ParagraphJoiner
{
    public static IReadOnlyList<SourceBlock> Join(IReadOnlyList<SourceBlock> blocks)
    {
        var joined = new List<SourceBlock>();
        foreach (var block in blocks)
        {
            if (joined.Count > 0 && Continues(joined[^1], block))
            {
                joined[^1] = joined[^1] with { Text = joined[^1].Text + " " + block.Text };
            }
            else
            {
                joined.Add(block);
            }
        }

        return joined;
    }

    private static bool Continues(SourceBlock previous, SourceBlock next)
        => previous.Kind is BlockKind.Paragraph or BlockKind.ListItem
           && next.Kind is BlockKind.Paragraph
           && previous.Text.Length > 0 && !".:;!?".Contains(previous.Text[^1], StringComparison.Ordinal)
           && next.Text.Length > 0 && char.IsLower(next.Text[0]);
}
