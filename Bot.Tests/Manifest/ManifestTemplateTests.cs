using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ProgramaBot.Manifest;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Manifest;

/// <summary>manifest/manifest.json: the rules Teams and docs/PROTOCOL.md set, checked on the template itself.</summary>
public sealed partial class ManifestTemplateTests
{
    private static readonly string[] Scopes = ["personal", "team", "groupChat"];

    private static readonly string[] ExpectedCommands =
    [
        "ayuda", "sesiones", "próxima sesión", "objetivos", "nueva solicitud",
        "suscribir recordatorios", "cancelar recordatorios", "próximos recordatorios",
    ];

    private static string TemplateText => File.ReadAllText(Repo.PathOf("manifest", "manifest.json"));

    private static JsonObject Template => JsonNode.Parse(TemplateText)!.AsObject();

    [Fact]
    public void Uses_a_bundled_schema_at_version_1_17_or_later()
    {
        var version = Template["manifestVersion"]!.GetValue<string>();

        Assert.True(Version.Parse(version) >= new Version(1, 17), $"manifestVersion {version} is older than 1.17");
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", Template["$schema"]!.GetValue<string>());
        Assert.True(
            File.Exists(Repo.PathOf("node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams", $"v{version}", "MicrosoftTeams.schema.json")),
            $"schema v{version} is not bundled with @microsoft/app-manifest, so it cannot be validated offline");
    }

    [Fact]
    public void Names_and_descriptions_are_spanish_and_within_limits()
    {
        var template = Template;

        Assert.Equal("es-mx", template["localizationInfo"]!["defaultLanguageTag"]!.GetValue<string>());
        Assert.InRange(template["name"]!["short"]!.GetValue<string>().Length, 1, 30);
        Assert.InRange(template["description"]!["short"]!.GetValue<string>().Length, 1, 80);
        Assert.Contains("Comisión", template["description"]!["full"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_serves_personal_team_and_group_chats_with_a_command_list_for_each()
    {
        var bot = Template["bots"]!.AsArray().Single()!;
        Assert.Equal(Scopes, bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));

        var lists = bot["commandLists"]!.AsArray().Select(l => l!).ToList();
        foreach (var scope in Scopes)
        {
            var list = Assert.Single(lists, l => l["scopes"]!.AsArray().Any(s => s!.GetValue<string>() == scope));
            var commands = list["commands"]!.AsArray().Select(c => c!).ToList();
            Assert.InRange(commands.Count, 1, 10);
            Assert.All(commands, c => Assert.False(string.IsNullOrWhiteSpace(c["description"]?.GetValue<string>())));
            var titles = commands.Select(c => c["title"]!.GetValue<string>()).ToList();
            Assert.All(ExpectedCommands, expected => Assert.Contains(expected, titles));
        }
    }

    [Fact]
    public void Placeholders_are_exactly_the_ones_packaging_fills()
    {
        var used = PlaceholderPattern().Matches(TemplateText).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Equal(SampleSettings.Settings().Placeholders.Keys.Order(StringComparer.Ordinal), used.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Filled_template_is_valid_against_the_bundled_schema()
    {
        using var dir = new TemporaryDirectory();
        var template = ManifestTemplate.Load(Repo.PathOf("manifest"));
        await File.WriteAllTextAsync(dir.PathOf("manifest.json"), template.Fill(SampleSettings.Settings()));
        foreach (var icon in template.Icons)
        {
            await File.WriteAllBytesAsync(dir.PathOf(icon.Name), icon.Content);
        }

        var result = await NodeScript.RunAsync("validate-manifest.mjs", [dir.PathOf("manifest.json")]);

        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
        Assert.Empty(JsonNode.Parse(result.StandardOutput)!["errors"]!.AsArray());
    }

    [Fact]
    public async Task Validator_rejects_what_the_schema_forbids()
    {
        using var dir = new TemporaryDirectory();
        var filled = JsonNode.Parse(ManifestTemplate.Load(Repo.PathOf("manifest")).Fill(SampleSettings.Settings()))!;
        filled["name"]!["short"] = "ProgramaBot de la Comisión de Seguimiento"; // over 30 characters
        await File.WriteAllTextAsync(dir.PathOf("manifest.json"), filled.ToJsonString());

        var result = await NodeScript.RunAsync("validate-manifest.mjs", [dir.PathOf("manifest.json")]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/name/short", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("icon color", result.StandardOutput, StringComparison.Ordinal); // no icons beside it
    }

    [GeneratedRegex(@"\{\{([^}]*)\}\}")]
    private static partial Regex PlaceholderPattern();
}
