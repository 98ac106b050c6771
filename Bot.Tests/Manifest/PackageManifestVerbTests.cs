using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ProgramaBot.Cli;
using ProgramaBot.Manifest;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Manifest;

public sealed class PackageManifestVerbTests : IDisposable
{
    private readonly TemporaryDirectory _output = new();

    public void Dispose() => _output.Dispose();

    private string PackagePath => _output.PathOf(AppPackageWriter.PackageFileName);

    [Fact]
    public async Task Without_configuration_it_fails_naming_every_missing_setting()
    {
        var run = await RunAsync(new Dictionary<string, string?>());

        Assert.Equal(1, run.ExitCode);
        foreach (var (key, variable) in new[]
                 {
                     ("MicrosoftAppId", "MicrosoftAppId"), ("Manifest:BaseUrl", "Manifest__BaseUrl"),
                     ("Manifest:PrivacyUrl", "Manifest__PrivacyUrl"), ("Manifest:TermsOfUseUrl", "Manifest__TermsOfUseUrl"),
                 })
        {
            Assert.Contains($"Falta la configuración «{key}» (variable de entorno {variable})", run.Error, StringComparison.Ordinal);
            Assert.Contains($"Missing setting '{key}'", run.Error, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(PackagePath));
    }

    [Fact]
    public async Task One_missing_setting_is_named_alone()
    {
        var config = SampleSettings.Configuration();
        config.Remove(ManifestSettingNames.PrivacyUrl);

        var run = await RunAsync(config);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("«Manifest:PrivacyUrl»", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("«MicrosoftAppId»", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("MicrosoftAppId", "no-es-un-guid", "GUID")]
    [InlineData("MicrosoftAppId", "00000000-0000-0000-0000-000000000000", "GUID")]
    [InlineData("Manifest:BaseUrl", "http://app-programabot.azurewebsites.net", "https")]
    [InlineData("Manifest:TermsOfUseUrl", "/terminos", "https")]
    [InlineData("Manifest:TeamsAppId", "programabot", "GUID")]
    [InlineData("Manifest:Version", "1.2", "1.2.0")]
    public async Task An_invalid_value_is_refused_with_its_setting_named(string key, string value, string hint)
    {
        var config = SampleSettings.Configuration();
        config[key] = value;

        var run = await RunAsync(config);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"«{key}»", run.Error, StringComparison.Ordinal);
        Assert.Contains(hint, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(PackagePath));
    }

    [Fact]
    public async Task Valid_configuration_writes_a_schema_valid_package_with_both_icons_at_the_root()
    {
        var run = await RunAsync(SampleSettings.Configuration());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(PackagePath, run.Output.Trim());
        using (var zip = ZipFile.OpenRead(PackagePath))
        {
            Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            foreach (var icon in new[] { "color.png", "outline.png" })
            {
                Assert.Equal(await File.ReadAllBytesAsync(Repo.PathOf("manifest", icon)), Read(zip, icon));
            }

            var manifest = JsonNode.Parse(Read(zip, "manifest.json"))!;
            Assert.Equal(SampleSettings.AppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
            Assert.Equal(SampleSettings.AppId, manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
            Assert.Equal($"api://botid-{SampleSettings.AppId}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
            Assert.Equal([SampleSettings.Host], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
            Assert.Equal("https://www.iepcdurango.mx/aviso-de-privacidad", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
        }

        var validation = await NodeScript.RunAsync("validate-manifest.mjs", [PackagePath]);
        Assert.True(validation.ExitCode == 0, validation.StandardOutput + validation.StandardError);
    }

    [Fact]
    public async Task Teams_app_id_and_version_can_be_overridden_per_environment()
    {
        var config = SampleSettings.Configuration();
        config[ManifestSettingNames.TeamsAppId] = "b0d8a7c2-1e3f-4a5b-8c9d-0e1f2a3b4c5d";
        config[ManifestSettingNames.Version] = "1.4.0";

        var run = await RunAsync(config);

        Assert.Equal(0, run.ExitCode);
        using var zip = ZipFile.OpenRead(PackagePath);
        var manifest = JsonNode.Parse(Read(zip, "manifest.json"))!;
        Assert.Equal("b0d8a7c2-1e3f-4a5b-8c9d-0e1f2a3b4c5d", manifest["id"]!.GetValue<string>());
        Assert.Equal("1.4.0", manifest["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task Options_also_take_the_equals_form()
    {
        var verb = new PackageManifestVerb(Config(SampleSettings.Configuration()), NullLogger<PackageManifestVerb>.Instance, TextWriter.Null, TextWriter.Null);

        Assert.Equal(0, await verb.RunAsync([$"--out={_output.Path}", $"--template={Repo.PathOf("manifest")}"], CancellationToken.None));
        Assert.True(File.Exists(PackagePath));
    }

    [Fact]
    public async Task Same_inputs_give_the_same_bytes()
    {
        await RunAsync(SampleSettings.Configuration());
        var first = await File.ReadAllBytesAsync(PackagePath);
        await RunAsync(SampleSettings.Configuration());

        Assert.Equal(first, await File.ReadAllBytesAsync(PackagePath));
    }

    [Fact]
    public async Task A_missing_template_is_reported_not_thrown()
    {
        using var empty = new TemporaryDirectory();

        var run = await RunAsync(SampleSettings.Configuration(), "--template", empty.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No se encontró la plantilla del manifiesto", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--out")]
    [InlineData("sobrante")]
    public async Task Unknown_arguments_exit_with_usage(string argument)
    {
        var verb = new PackageManifestVerb(Config(SampleSettings.Configuration()), NullLogger<PackageManifestVerb>.Instance, TextWriter.Null, TextWriter.Null);

        Assert.Equal(2, await verb.RunAsync([argument], CancellationToken.None));
    }

    [Fact]
    public async Task The_host_registers_the_verb_and_feeds_it_its_configuration()
    {
        // Through Program.cs, as `dotnet run --project Bot -- package-manifest` would: the template
        // copied next to the app by Bot.csproj, the values from host configuration.
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in SampleSettings.Configuration())
            {
                builder.UseSetting(key, value);
            }
        });
        var verb = factory.Services.GetServices<ICliVerb>().Single(v => v.Name == "package-manifest");

        Assert.True(File.Exists(Path.Combine(ManifestTemplate.DefaultDirectory, "manifest.json")));
        Assert.Equal(0, await verb.RunAsync(["--out", _output.Path], CancellationToken.None));
        Assert.True(File.Exists(PackagePath));
    }

    private static IConfiguration Config(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(Dictionary<string, string?> config, params string[] extra)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var verb = new PackageManifestVerb(Config(config), NullLogger<PackageManifestVerb>.Instance, output, error);
        string[] args = extra.Length > 0 ? ["--out", _output.Path, .. extra] : ["--out", _output.Path];

        var exitCode = await verb.RunAsync(args, CancellationToken.None);

        return (exitCode, output.ToString(), error.ToString());
    }
}
