using System.IO.Compression;
using System.Text;

namespace ProgramaBot.Manifest;

/// <summary>Writes the installable Teams app package: manifest.json and the icons at the ZIP root.</summary>
public static class AppPackageWriter
{
    public const string PackageFileName = "appPackage.zip";

    // A fixed timestamp makes the same inputs produce the same bytes (reproducible packages).
    private static readonly DateTimeOffset EntryTimestamp = new(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <returns>The full path of the written package.</returns>
    public static string Write(string outputDirectory, string manifestJson, IEnumerable<ManifestTemplate.PackageFile> icons)
    {
        ArgumentNullException.ThrowIfNull(icons);
        Directory.CreateDirectory(outputDirectory);
        var packagePath = Path.GetFullPath(Path.Combine(outputDirectory, PackageFileName));
        var temporaryPath = packagePath + ".tmp";

        // Written beside, then moved: a failed run never leaves a half-written package behind.
        using (var stream = File.Create(temporaryPath))
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            Add(zip, ManifestTemplate.ManifestFileName, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(manifestJson));
            foreach (var icon in icons)
            {
                Add(zip, icon.Name, icon.Content);
            }
        }

        File.Move(temporaryPath, packagePath, overwrite: true);
        return packagePath;
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTimestamp;
        using var stream = entry.Open();
        stream.Write(content);
    }
}
