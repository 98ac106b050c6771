using ProgramaBot.Approvals.Cli;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Approvals.Cli;

/// <summary>Every card the bot sends, written by the <c>cards</c> verb and checked by the official parser.</summary>
public sealed class CardValidationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "programabot-tests", "cards-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task EveryCardPassesTheOfficialParserAndOurChecks()
    {
        Assert.Equal(0, await new CardsVerb().RunAsync(["--out", _folder], default));
        var files = Directory.GetFiles(_folder, "*.json");
        string[] expected =
        [
            "form-kind-chooser", "form-modificacion-metas", "form-dictamen-incentivos", "form-with-errors", "created",
            "request-modificacion-metas", "request-dictamen-incentivos", "pending-member-ballot", "pending-neutral-ballot",
            "voted-base", "voted-member", "decided-approved", "decided-rejected", "already-decided", "stale", "error",
            "commission-setup", "commission-setup-errors", "commission-setup-saved",
            "request-programa-anual", "decided-programa-anual", "programme-review", "programme-review-not-submitted", "programme-submitted",
            "programme-discarded", "programme-draft-gone",
            "help", "help-group", "schedule-session", "answer-sessions", "answer-objectives",
        ];
        Assert.Equal(expected.Order(), files.Select(Path.GetFileNameWithoutExtension).Order());
        Assert.All(files, f => Assert.True(new FileInfo(f).Length < 40 * 1024, $"{f} is 40 KB or more"));

        var result = await NodeScript.RunAsync("validate-cards.mjs", [_folder]);

        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
        Assert.Contains($"{expected.Length}/{expected.Length} cards valid", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheValidatorRejectsWhatTheParserAndOurChecksCatch()
    {
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(Path.Combine(_folder, "broken.json"), """
            {"type":"AdaptiveCard","version":"1.4","body":[{"type":"TextBlock"},{"type":"Input.Text"},{"type":"Nope"}],
             "actions":[{"type":"Action.Execute","title":"Aprobar"}]}
            """);

        var result = await NodeScript.RunAsync("validate-cards.mjs", [_folder]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("expected \"1.5\"", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Action.Execute without \"verb\"", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("TextBlock without text", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Unknown element type \"Nope\"", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("unique Id", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("\"lang\" is undefined, expected \"es\"", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("no \"fallbackText\"", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("no \"speak\"", result.StandardOutput, StringComparison.Ordinal);
    }

    /// <summary>
    /// The parser's «lang» check is a regular expression with the g flag (stateful): without resetting it, a card with
    /// «lang» makes the next one fail. Each card is judged on its own, and «es-MX» is still refused (the schema wants
    /// a 2-letter ISO-639-1 code).
    /// </summary>
    [Fact]
    public async Task EachCardsLanguageIsCheckedOnItsOwnAndARegionIsRefused()
    {
        Directory.CreateDirectory(_folder);
        const string card = """
            {"type":"AdaptiveCard","version":"1.5","lang":"LANG","fallbackText":"Hola.","speak":"Hola.","body":[{"type":"TextBlock","text":"Hola"}]}
            """;
        foreach (var name in new[] { "a", "b", "c" })
        {
            await File.WriteAllTextAsync(Path.Combine(_folder, name + ".json"), card.Replace("LANG", "es", StringComparison.Ordinal));
        }

        await File.WriteAllTextAsync(Path.Combine(_folder, "d.json"), card.Replace("LANG", "es-MX", StringComparison.Ordinal));

        var result = await NodeScript.RunAsync("validate-cards.mjs", [_folder]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("3/4 cards valid", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Invalid value \"es-MX\" for property \"lang\"", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Invalid value \"es\"", result.StandardOutput, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
