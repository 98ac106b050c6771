namespace ProgramaBot.Programme.Import;

/// <summary>How a format reader saw a piece of text; the recogniser reads numbering and wording, not layout.</summary>
public enum BlockKind
{
    Paragraph,

    /// <summary>Marked as a heading by the source (Markdown <c>#</c>, a Word heading style).</summary>
    Heading,

    /// <summary>A bullet or numbered list item.</summary>
    ListItem,

    /// <summary>A row of a table; <see cref="SourceBlock.Cells"/> holds its cells.</summary>
    TableRow,
}

/// <summary>One paragraph or table row of a document, its text already freed of markup.</summary>
/// <param name="Page">1-based page for paginated formats (PDF), 0 when the format has no pages.</param>
public sealed record SourceBlock(string Text, BlockKind Kind = BlockKind.Paragraph, int Page = 0)
{
    public IReadOnlyList<string> Cells { get; init; } = [];

    /// <summary>First or last block of its page: where running headers and footers live.</summary>
    public bool AtPageEdge { get; init; }
}

/// <summary>What a format reader produced: blocks in reading order, and text it already knows is noise.</summary>
/// <param name="Format">"DOCX", "PDF", "Texto" (shown in the report).</param>
/// <param name="Noise">Running headers and footers the format keeps apart from the body (DOCX), with their reason.</param>
public sealed record SourceDocument(string Format, IReadOnlyList<SourceBlock> Blocks, IReadOnlyList<string> Noise);
