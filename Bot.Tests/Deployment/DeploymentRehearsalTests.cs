using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using ProgramaBot.Tests.Fakes;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Deployment;

/// <summary>
/// The deployment rehearsal (docs/DEPLOY.md, steps 3–4; scripts/rehearse-deployment.sh runs only this class):
/// <c>dotnet publish</c> as the document says, the artifact started as App Service starts it — port in
/// ASPNETCORE_HTTP_PORTS, no environment name — with state in Azure Tables (Azurite), a local token issuer playing
/// Bot Framework and Entra, a local Connector, and the roster the document tells the administrator to set.
/// </summary>
[Collection(AzuriteTests.Name)]
[Trait("Category", "Deployment")]
public sealed class DeploymentRehearsalTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string TenantId = "66666666-7777-8888-9999-000000000000";
    private const int AppServicePort = 8080;

    private readonly string _workFolder = Path.Combine(Path.GetTempPath(), "programabot-rehearsal-" + Guid.NewGuid().ToString("N")[..12]);
    private FakeTokenIssuer _issuer = null!;
    private FakeBotConnector _connector = null!;
    private LocalCertificate _certificate = null!;

    public async Task InitializeAsync()
    {
        _issuer = await FakeTokenIssuer.StartAsync();
        // In Production the bot sends its token to https Connectors only, as Teams' are: the local one serves https with
        // a certificate only the bot process trusts (SSL_CERT_FILE below).
        _certificate = LocalCertificate.Create(_workFolder);
        _connector = await FakeBotConnector.StartAsync(_certificate.Certificate);
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _issuer.DisposeAsync();
        _certificate.Dispose();
        if (Directory.Exists(_workFolder))
        {
            Directory.Delete(_workFolder, recursive: true);
        }
    }

    [Fact]
    public async Task ThePublishedArtifactRunsAsAppServiceRunsItAndAnswersOnlySignedActivities()
    {
        var publishFolder = await PublishAsync();

        await using var bot = await BotProcess.StartPublishedAsync(publishFolder, AppServicePortOrFree(), DeployedSettings());
        using var http = new HttpClient { BaseAddress = new Uri(bot.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };

        await bot.WaitForOutputAsync("Hosting environment: Production", TimeSpan.FromSeconds(30));
        Assert.Contains($"Now listening on: http://[::]:{bot.Port}", bot.Output, StringComparison.Ordinal);

        var healthz = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, healthz.StatusCode);
        Assert.Equal("Healthy", await healthz.Content.ReadAsStringAsync());

        var readyz = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        var readiness = JsonNode.Parse(await readyz.Content.ReadAsStringAsync())!;
        Assert.True(readyz.StatusCode == HttpStatusCode.OK, readiness.ToJsonString() + "\n" + bot.Output);
        Assert.Equal("Healthy", readiness["status"]!.GetValue<string>());
        Assert.Equal(["connector-token", "hangfire", "programme", "storage"],
            readiness["checks"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).Order());

        var signed = await http.PostActivityAsync(Activities.Message("ayuda", _connector.ServiceUrl), _issuer.CreateToken(AppId, _connector.ServiceUrl));
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        var reply = Assert.Single(_connector.CallsTo("POST", "/v3/conversations/a:personal-1/activities"));
        Assert.StartsWith("Bearer outbound-token-", reply.Authorization, StringComparison.Ordinal);
        Assert.Contains(_issuer.TokenRequests, form => form["client_id"] == AppId && form["client_secret"] == "rehearsal-secret");

        var unsigned = await http.PostActivityAsync(Activities.Message("ayuda", _connector.ServiceUrl));
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Single(_connector.Calls);
    }

    /// <summary>
    /// docs/DEPLOY.md's publish command. Only the output folders differ: bin/obj go to a folder of the test's own (kept
    /// next to the test assembly, so a second run compiles incrementally) and the suite's build, which other tests
    /// run, is left untouched.
    /// </summary>
    private async Task<string> PublishAsync()
    {
        var output = Path.Combine(_workFolder, "publish");
        await using var publish = ChildProcess.Start("dotnet",
            ["publish", Repo.PathOf("Bot", "Bot.csproj"), "-c", "Release", "-o", output,
             "--artifacts-path", Path.Combine(AppContext.BaseDirectory, "rehearsal-build"), "-nologo", "-clp:ErrorsOnly"]);
        var exitCode = await publish.WaitForExitAsync(TimeSpan.FromMinutes(3));
        Assert.True(exitCode == 0, "dotnet publish failed:\n" + publish.Output);
        Assert.True(File.Exists(Path.Combine(output, "ProgramaBot.dll")), "dotnet publish wrote no ProgramaBot.dll:\n" + publish.Output);
        return output;
    }

    /// <summary>The app settings infra/ writes, pointed at the local stand-ins, plus the first Secretario Técnico (DEPLOY.md step 3).</summary>
    private Dictionary<string, string?> DeployedSettings() => new()
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppTenantId"] = TenantId,
        ["MicrosoftAppPassword"] = "rehearsal-secret",
        ["BotAuthentication:BotFrameworkOpenIdMetadataUrl"] = _issuer.MetadataUrl,
        ["BotAuthentication:EntraOpenIdMetadataUrlTemplate"] = _issuer.MetadataUrl + "?tenant={tenant}",
        ["BotAuthentication:TokenEndpointTemplate"] = _issuer.TokenEndpoint,
        ["BotAuthentication:RequireHttpsMetadata"] = "false",
        ["Storage:Provider"] = "AzureTables",
        ["Storage:AzureTables:ConnectionString"] = azurite.ConnectionString,
        ["Storage:AzureTables:TablePrefix"] = "Rehearsal" + Guid.NewGuid().ToString("N")[..8],
        ["Hangfire:Storage"] = "InMemory",
        ["SSL_CERT_FILE"] = _certificate.PemFile,
        ["Commission:SecretarioTecnico:Name"] = "Secretario Técnico",
        ["Commission:SecretarioTecnico:AadObjectId"] = "a0000000-0000-0000-0000-000000000004",
    };

    /// <summary>8080 as on App Service, unless something on this machine already holds it.</summary>
    private static int AppServicePortOrFree()
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Any, AppServicePort);
            listener.Start();
            return AppServicePort;
        }
        catch (SocketException)
        {
            return FreePort.Next();
        }
    }
}
