using System.Text.RegularExpressions;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.CodeShape;

/// <summary>
/// The README's folder table and docs/ARCHITECTURE.md are how a newcomer finds their way: they must name the folders
/// that exist and only files that exist.
/// </summary>
public sealed partial class DocsMatchTheTreeTests
{
    private static readonly string BotFolder = Repo.PathOf("Bot");

    [Fact]
    public void EveryFolderOfTheBotHasARowInTheReadmeFolderTableAndEveryRowAFolder()
    {
        var rows = FolderRow().Matches(File.ReadAllText(Repo.PathOf("README.md"))).Select(m => m.Groups["name"].Value).ToHashSet();
        var folders = SourceFolders(BotFolder, depth: 1).Select(Path.GetFileName).OfType<string>().ToHashSet();

        Assert.Empty(folders.Except(rows));
        Assert.Empty(rows.Except(folders));
    }

    [Fact]
    public void EveryFolderBelowAFeatureIsNamedInTheArchitectureDocument()
    {
        var architecture = File.ReadAllText(Repo.PathOf("docs", "ARCHITECTURE.md"));

        var unnamed = SourceFolders(BotFolder, depth: 2)
            .Where(folder => Path.GetRelativePath(BotFolder, folder).Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(folder => !architecture.Contains(Path.GetFileName(folder) + "/", StringComparison.Ordinal))
            .Select(folder => Path.GetRelativePath(Repo.Root, folder));

        Assert.Empty(unnamed);
    }

    [Fact]
    public void EveryFileTheArchitectureDocumentNamesExists()
    {
        var architecture = File.ReadAllText(Repo.PathOf("docs", "ARCHITECTURE.md"));
        var files = Directory.EnumerateFiles(Repo.Root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path))
            .Select(path => Path.GetRelativePath(Repo.Root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();

        var missing = NamedFile().Matches(architecture).Select(m => m.Groups["path"].Value)
            .Where(named => !named.Contains("Xxx", StringComparison.Ordinal) && !named.Contains('*', StringComparison.Ordinal))
            .Where(named => !files.Any(file => file == named || file.EndsWith("/" + named, StringComparison.Ordinal)))
            .Distinct();

        Assert.Empty(missing);
    }

    /// <summary>Folders holding C# sources, down to <paramref name="depth"/> levels below <paramref name="root"/>.</summary>
    private static IEnumerable<string> SourceFolders(string root, int depth) =>
        Directory.EnumerateDirectories(root, "*", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = depth - 1 })
            .Where(folder => !IsBuildOutput(folder) && !Path.GetFileName(folder).StartsWith('.'))
            .Where(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Any(file => !IsBuildOutput(file)));

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules");

    [GeneratedRegex(@"^\| `Bot/(?<name>[A-Za-z]+)/` \|", RegexOptions.Multiline)]
    private static partial Regex FolderRow();

    [GeneratedRegex(@"`(?<path>[A-Za-z0-9_./]+\.cs)`")]
    private static partial Regex NamedFile();
}
