using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Infra;

/// <summary>Every .bicep and .bicepparam file under infra/ compiles and lints clean with the pinned Bicep CLI.</summary>
[Collection(BicepFixture.Collection)]
public sealed class BicepLintTests(BicepFixture bicep)
{
    /// <summary>
    /// Warnings accepted on purpose: (file relative to infra/, diagnostic code, why). Empty today —
    /// add an entry only with the reason it cannot be fixed, never to silence a real finding.
    /// </summary>
    private static readonly (string File, string Code, string Why)[] AllowedWarnings = [];

    public static TheoryData<string> Files() => [.. RelativeSourceFiles()];

    private static IEnumerable<string> RelativeSourceFiles() =>
        BicepFixture.SourceFiles().Select(f => Path.GetRelativePath(Repo.PathOf("infra"), f));

    [Fact]
    public void Infra_has_a_template_and_parameters_for_test_and_production()
    {
        var files = RelativeSourceFiles().ToList();

        Assert.Contains("main.bicep", files);
        Assert.Contains(Path.Combine("params", "test.bicepparam"), files);
        Assert.Contains(Path.Combine("params", "production.bicepparam"), files);
    }

    [Fact]
    public void The_cli_printed_nothing_but_diagnostics() => Assert.Empty(bicep.UnexpectedOutput);

    [Theory]
    [MemberData(nameof(Files))]
    public void Compiles_without_errors(string file)
    {
        var errors = bicep.Diagnostics[Repo.PathOf("infra", file)].Where(d => d.Level == "Error").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.True(File.Exists(bicep.CompiledPathOf(Repo.PathOf("infra", file))), $"no compiled JSON for {file}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Lints_without_unexplained_warnings(string file)
    {
        var warnings = bicep.Diagnostics[Repo.PathOf("infra", file)]
            .Where(d => d.Level != "Error")
            .Where(d => !AllowedWarnings.Any(a => a.File == file && a.Code == d.Code))
            .ToList();

        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Suppressions_in_the_source_say_why(string file)
    {
        // "#disable-next-line" hides a warning from the CLI, so it must carry its reason like the allow-list.
        var lines = File.ReadAllLines(Repo.PathOf("infra", file));
        var unexplained = lines
            .Select((line, i) => (line: line.Trim(), previous: i > 0 ? lines[i - 1].Trim() : ""))
            .Where(l => l.line.StartsWith("#disable-", StringComparison.Ordinal) && !l.previous.StartsWith("//", StringComparison.Ordinal))
            .Select(l => l.line)
            .ToList();

        Assert.True(unexplained.Count == 0, "suppressions without a '//' reason on the line above: " + string.Join(", ", unexplained));
    }
}
