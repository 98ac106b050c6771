namespace ProgramaBot.Programme.Import;

/// <summary>
/// Turns the commission's own document (DOCX, PDF with a text layer, Markdown or plain text) into a programme
/// in the data format <see cref="ProgrammeLoader"/> reads, with a report of what each part became.
/// </summary>
public interface IProgrammeImporter
{
    /// <param name="document">The file's bytes; read to the end, not disposed.</param>
    /// <param name="fileName">The file's name as the user gave it: its extension and its first bytes pick the format.</param>
    /// <exception cref="ProgrammeImportException">The file is not a readable programme; nothing is returned.</exception>
    ImportResult Import(Stream document, string fileName);
}

/// <summary>A programme that passed <see cref="ProgrammeValidator"/>, and what the importer did to get it.</summary>
public sealed record ImportResult(ProgrammeDocument Programme, ImportReport Report);

/// <summary>What the import understood, for a person to review before the programme is submitted.</summary>
public sealed record ImportReport
{
    public required string SourceName { get; init; }

    /// <summary>"DOCX", "PDF", "Texto".</summary>
    public required string Format { get; init; }

    /// <summary>Each part of the programme with its count and the numbers it holds, in document order (Spanish labels).</summary>
    public required IReadOnlyList<ImportedPart> Parts { get; init; }

    /// <summary>Things a reviewer should check (Spanish): a numbering gap, a line whose parent is missing, a session without a month…</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>Every non-empty paragraph of the source that became no part of the programme, in document order.</summary>
    public required IReadOnlyList<string> NotPlaced { get; init; }

    /// <summary>Paragraphs recognised as page headers, footers, page numbers, signatures or initials, and left out.</summary>
    public required IReadOnlyList<string> Noise { get; init; }
}

/// <param name="Label">"Objetivos generales", "Líneas de acción", "Sesiones"…</param>
/// <param name="Numbers">"2.1–2.9", "3.1.1, 3.1.2…", session names with their dates; empty when the part has none.</param>
public sealed record ImportedPart(string Label, int Count, string Numbers);

/// <summary>The file cannot become a programme. <see cref="Exception.Message"/> is one clear sentence in formal Spanish for the user.</summary>
public sealed class ProgrammeImportException(string message, Exception? inner = null) : Exception(message, inner);
