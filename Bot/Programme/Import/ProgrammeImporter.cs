using System.Text.Json;

namespace ProgramaBot.Programme.Import;

/// <summary>
/// Reads the document in its format, recognises its structure, validates the programme with the same
/// validator as the built-in files, and reports. Refuses, with one sentence, what cannot become a programme.
/// </summary>
public sealed class ProgrammeImporter : IProgrammeImporter
{
    /// <summary>The largest document accepted: a year's programme is tens of pages, a few hundred KB to a few MB.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    private readonly TimeZoneInfo _zone;

    /// <summary>With the commission's configured zone (<c>Time:TimeZone</c>), for a session given with its hour.</summary>
    public ProgrammeImporter(ProgramaBot.Time.CommissionClock clock) => _zone = clock.Zone;

    /// <summary>With the default zone, America/Mexico_City (Durango keeps Central Mexico time).</summary>
    public ProgrammeImporter() => _zone = TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City");

    public ImportResult Import(Stream document, string fileName)
    {
        ArgumentNullException.ThrowIfNull(document);
        var bytes = ReadAll(document);
        var source = DocumentFormats.Read(bytes, fileName);
        var recognised = ProgrammeRecogniser.Recognise(source, _zone);

        // The programme must load exactly as a data file does: serialise, parse back, validate.
        var json = ProgrammeJson.Write(recognised.Programme);
        ProgrammeDocument programme;
        try
        {
            programme = ProgrammeLoader.Parse(json, fileName);
        }
        catch (ProgrammeFileException e)
        {
            throw new ProgrammeImportException(
                "El documento parece un Programa Anual de Trabajo, pero lo que se entendió de él no es un programa válido: " +
                string.Join("; ", e.Problems.Select(p => p.ToString())) + ".", e);
        }

        return new ImportResult(programme, ImportReportBuilder.Build(fileName, source.Format, programme, recognised));
    }

    private static byte[] ReadAll(Stream document)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = document.Read(buffer)) > 0)
        {
            if (copy.Length + read > MaxBytes)
            {
                throw new ProgrammeImportException(
                    $"El archivo es demasiado grande: el límite es de {MaxBytes / (1024 * 1024)} MB. Un Programa Anual de Trabajo ocupa mucho menos; revise que sea el documento correcto.");
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }
}

/// <summary>The programme as a data file, indented, in the same JSON shape <see cref="ProgrammeLoader"/> reads.</summary>
public static class ProgrammeJson
{
    private static readonly JsonSerializerOptions Indented = new(ProgrammeJsonContext.Default.Options)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ProgrammeJsonContext.Default,
    };

    public static string Write(ProgrammeDocument programme)
        => JsonSerializer.Serialize(programme, Indented.GetTypeInfo(typeof(ProgrammeDocument)));
}
