using System.Text;

namespace ProgramaBot.Programme.Import;

/// <summary>Picks the reader by the file's first bytes (its name only breaks ties) and refuses what no reader takes.</summary>
public static class DocumentFormats
{
    public static SourceDocument Read(byte[] bytes, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (bytes.Length == 0)
        {
            throw new ProgrammeImportException("El archivo está vacío.");
        }

        // The PDF specification lets readers accept a header anywhere in the first 1024 bytes.
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) >= 0)
        {
            return PdfReader.Read(bytes);
        }

        if (StartsWith(bytes, "PK\u0003\u0004"u8))
        {
            return DocxReader.Read(bytes);
        }

        if (extension is ".docx" or ".pdf")
        {
            throw new ProgrammeImportException(extension == ".pdf"
                ? "El archivo no es un PDF válido: está dañado o incompleto."
                : "El archivo no es un documento de Word (DOCX) válido: está dañado o incompleto.");
        }

        if (StartsWith(bytes, [0xD0, 0xCF, 0x11, 0xE0]))
        {
            throw new ProgrammeImportException("El archivo es un documento de Word antiguo (DOC). Guárdelo como DOCX o PDF e inténtelo de nuevo.");
        }

        if (!LooksLikeText(bytes))
        {
            throw new ProgrammeImportException("El archivo no es un documento que se pueda leer: se aceptan DOCX, PDF con texto, Markdown o texto plano.");
        }

        return PlainTextReader.Read(bytes);
    }

    private static bool StartsWith(byte[] bytes, ReadOnlySpan<byte> magic) => bytes.AsSpan().StartsWith(magic);

    /// <summary>No NUL bytes and few control characters in the first 8 KB: text, not a binary file.</summary>
    private static bool LooksLikeText(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (head.Contains((byte)0))
        {
            return false;
        }

        var controls = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                controls++;
            }
        }

        return controls <= head.Length / 100 && Encoding.UTF8.GetCharCount(head) > 0;
    }
}
