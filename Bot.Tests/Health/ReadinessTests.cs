using System.Net;
using System.Text.Json.Nodes;
using ProgramaBot.Tests.Fakes;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Health;

/// <summary>/readyz tells the truth: red (503, the failing check named) when replies or reminders could not work.</summary>
public sealed class ReadinessTests : IAsyncLifetime
{
    private const string AppId = "00000000-0000-0000-0000-0000000000bb";
    private FakeTokenIssuer _issuer = null!;

    public async Task InitializeAsync() => _issuer = await FakeTokenIssuer.StartAsync();

    public async Task DisposeAsync() => await _issuer.DisposeAsync();

    [Fact]
    public async Task LocalModeIsReadyAndSaysItNeedsNoToken()
    {
        await using var bot = new BotFactory();
        var (status, checks) = await ReadinessAsync(bot.CreateClient());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["connector-token", "hangfire", "programme", "storage"], checks.Keys.Order());
        Assert.All(checks.Values, c => Assert.Equal("Healthy", c["status"]!.GetValue<string>()));
        Assert.Contains("local mode", checks["connector-token"]["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("2021", checks["programme"]["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWorkingTokenEndpointIsReady()
    {
        await using var bot = new BotFactory(WithAppId());
        var (status, checks) = await ReadinessAsync(bot.CreateClient());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", checks["connector-token"]["status"]!.GetValue<string>());
        Assert.Single(_issuer.TokenRequests);
    }

    [Fact]
    public async Task ATokenEndpointThatRefusesTheSecretTurnsItRedAndIsNotAskedAgainByEveryProbe()
    {
        _issuer.RefuseTokens = true;
        await using var bot = new BotFactory(WithAppId());
        var client = bot.CreateClient();

        var (status, checks) = await ReadinessAsync(client);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", checks["connector-token"]["status"]!.GetValue<string>());
        Assert.Equal("Healthy", checks["storage"]["status"]!.GetValue<string>());
        Assert.DoesNotContain("secret-for-tests", checks["connector-token"]["description"]!.GetValue<string>(), StringComparison.Ordinal);

        for (var probe = 0; probe < 5; probe++)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await ReadinessAsync(client)).Status);
        }

        Assert.Single(_issuer.TokenRequests);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AStoppedPostgreSqlTurnsItRed()
    {
        var postgres = new PostgresFixture();
        await postgres.InitializeAsync();
        try
        {
            await using var bot = new BotFactory(new Dictionary<string, string?>
            {
                ["Hangfire:Storage"] = "PostgreSql",
                ["Hangfire:PostgreSql:ConnectionString"] = await postgres.CreateDatabaseAsync(),
            });
            var client = bot.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await ReadinessAsync(client)).Status);

            await postgres.StopAsync();

            var (status, checks) = await ReadinessAsync(client);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Equal("Unhealthy", checks["hangfire"]["status"]!.GetValue<string>());
            Assert.Equal("Healthy", checks["programme"]["status"]!.GetValue<string>());
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    private Dictionary<string, string?> WithAppId() => new()
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "secret-for-tests",
        ["MicrosoftAppTenantId"] = "tenant-1",
        ["BotAuthentication:BotFrameworkOpenIdMetadataUrl"] = _issuer.MetadataUrl,
        ["BotAuthentication:EntraOpenIdMetadataUrlTemplate"] = _issuer.MetadataUrl + "?tenant={tenant}",
        ["BotAuthentication:TokenEndpointTemplate"] = _issuer.TokenEndpoint,
        ["BotAuthentication:RequireHttpsMetadata"] = "false",
    };

    private static async Task<(HttpStatusCode Status, Dictionary<string, JsonNode> Checks)> ReadinessAsync(HttpClient client)
    {
        var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var checks = body["checks"]!.AsArray().ToDictionary(c => c!["name"]!.GetValue<string>(), c => c!);
        return (response.StatusCode, checks);
    }
}
