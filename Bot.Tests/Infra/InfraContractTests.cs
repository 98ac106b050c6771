using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Infra;

/// <summary>
/// What the compiled ARM template promises the app and the Teams manifest (docs/DEPLOY.md):
/// the settings contract, the runtime, identities and roles, the bot registration and the outputs.
/// </summary>
[Collection(BicepFixture.Collection)]
public sealed partial class InfraContractTests(BicepFixture bicep)
{
    public static readonly string[] AppSettings =
    [
        "ASPNETCORE_ENVIRONMENT", "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId",
        "Storage__Provider", "Storage__AzureTables__ServiceUri",
        "Hangfire__Storage", "Hangfire__PostgreSql__ConnectionString",
    ];

    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";

    private JsonObject Main => JsonNode.Parse(File.ReadAllText(bicep.CompiledPathOf(Repo.PathOf("infra", "main.bicep"))))!.AsObject();

    private JsonObject Module(string name) => Main["resources"]!.AsArray()
        .Single(r => r!["type"]!.GetValue<string>() == "Microsoft.Resources/deployments" && r["name"]!.GetValue<string>() == name)!
        .AsObject();

    private JsonObject Resource(string type) => Resources(Main).Single(r => r["type"]!.GetValue<string>() == type);

    private static IEnumerable<JsonObject> Resources(JsonObject template) =>
        template["resources"]!.AsArray().Select(r => r!.AsObject()).SelectMany(r =>
            r["type"]!.GetValue<string>() == "Microsoft.Resources/deployments"
                ? Resources(r["properties"]!["template"]!.AsObject()).Prepend(r)
                : [r]);

    [Fact]
    public void Web_app_runs_dotnet_10_on_linux_over_https_always_on_with_a_health_check()
    {
        var plan = Resource("Microsoft.Web/serverfarms");
        var site = Resource("Microsoft.Web/sites");
        var config = site["properties"]!["siteConfig"]!;

        Assert.True(plan["properties"]!["reserved"]!.GetValue<bool>());
        Assert.Equal("app,linux", site["kind"]!.GetValue<string>());
        Assert.Equal("DOTNETCORE|10.0", config["linuxFxVersion"]!.GetValue<string>());
        Assert.True(config["alwaysOn"]!.GetValue<bool>());
        Assert.Equal("/healthz", config["healthCheckPath"]!.GetValue<string>());
        Assert.True(site["properties"]!["httpsOnly"]!.GetValue<bool>());
        Assert.Equal("SystemAssigned", site["identity"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Web_app_carries_every_setting_of_the_contract()
    {
        var compiled = File.ReadAllText(bicep.CompiledPathOf(Repo.PathOf("infra", "modules", "webapp.bicep")));
        var settings = JsonNode.Parse(compiled)!["variables"]!["botSettings"]!.AsArray()
            .ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!["value"]!.GetValue<string>());

        // Every name is a literal setting or, for the optional PostgreSQL one, inside an expression.
        Assert.All(AppSettings, name => Assert.True(settings.ContainsKey(name) || compiled.Contains($"'{name}'", StringComparison.Ordinal), name));
        Assert.Equal("Production", settings["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("SingleTenant", settings["MicrosoftAppType"]);
        Assert.Equal("AzureTables", settings["Storage__Provider"]);
        Assert.Equal("[if(parameters('useHangfirePostgreSql'), 'PostgreSql', 'InMemory')]", settings["Hangfire__Storage"]);
    }

    [Fact]
    public void Secrets_reach_the_app_as_key_vault_references()
    {
        var outputs = Module("keyvault")["properties"]!["template"]!["outputs"]!;

        Assert.StartsWith("[format('@Microsoft.KeyVault(VaultName=", outputs["appCredentialReference"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("[format('@Microsoft.KeyVault(VaultName=", outputs["hangfireConnectionStringReference"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(Resource("Microsoft.KeyVault/vaults")["properties"]!["enableRbacAuthorization"]!.GetValue<bool>());
    }

    [Fact]
    public void The_app_identity_may_write_tables_and_read_secrets_and_storage_refuses_keys()
    {
        var roles = Resources(Main).Where(r => r["type"]!.GetValue<string>() == "Microsoft.Authorization/roleAssignments")
            .Select(r => r["properties"]!["roleDefinitionId"]!.GetValue<string>() + " " + r["properties"]!["principalType"]!.GetValue<string>())
            .ToList();
        var accessModule = Module("access").ToJsonString();

        Assert.Equal(2, roles.Count);
        Assert.All(roles, r => Assert.EndsWith("ServicePrincipal", r, StringComparison.Ordinal));
        Assert.Contains(StorageTableDataContributor, accessModule, StringComparison.Ordinal);
        Assert.Contains(KeyVaultSecretsUser, accessModule, StringComparison.Ordinal);
        Assert.False(Resource("Microsoft.Storage/storageAccounts")["properties"]!["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.EndsWith("'default')]", Resource("Microsoft.Storage/storageAccounts/tableServices")["name"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_is_single_tenant_on_teams_and_points_at_api_messages()
    {
        var bot = Resource("Microsoft.BotService/botServices");
        var channel = Resource("Microsoft.BotService/botServices/channels");

        Assert.Equal("azurebot", bot["kind"]!.GetValue<string>());
        Assert.Equal("SingleTenant", bot["properties"]!["msaAppType"]!.GetValue<string>());
        Assert.Equal("MsTeamsChannel", channel["properties"]!["channelName"]!.GetValue<string>());
        Assert.True(channel["properties"]!["properties"]!["isEnabled"]!.GetValue<bool>());
        Assert.Contains("/api/messages", Module("bot")["properties"]!["parameters"]!["messagingEndpoint"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_give_the_manifest_what_it_needs()
    {
        var outputs = Main["outputs"]!.AsObject();

        Assert.Contains("messagingEndpoint", outputs.Select(o => o.Key));
        Assert.Contains("botId", outputs.Select(o => o.Key));
        Assert.Contains("baseUrl", outputs.Select(o => o.Key));
    }

    [Fact]
    public void PostgreSql_is_optional_and_production_uses_it_with_several_instances()
    {
        Assert.Equal("[parameters('enablePostgreSql')]", Module("postgresql")["condition"]!.GetValue<string>());

        var production = Parameters("production");
        var test = Parameters("test");
        Assert.True(production["enablePostgreSql"]!["value"]!.GetValue<bool>());
        Assert.True(production["instanceCount"]!["value"]!.GetValue<int>() > 1);
        Assert.False(test["enablePostgreSql"]!["value"]!.GetValue<bool>());
        Assert.Equal(1, test["instanceCount"]!["value"]!.GetValue<int>());
    }

    [Fact]
    public void Secure_parameters_come_from_the_environment_never_from_a_file()
    {
        var secure = Main["parameters"]!.AsObject()
            .Where(p => p.Value!["type"]!.GetValue<string>() == "securestring")
            .Select(p => p.Key)
            .ToList();
        Assert.Equal(["microsoftAppPassword", "postgreSqlAdminPassword"], secure.Order(StringComparer.Ordinal));

        foreach (var file in BicepFixture.SourceFiles().Where(f => f.EndsWith(".bicepparam", StringComparison.Ordinal)))
        {
            foreach (Match assignment in ParamAssignment().Matches(File.ReadAllText(file)))
            {
                if (secure.Contains(assignment.Groups["name"].Value))
                {
                    var value = assignment.Groups["value"].Value.Trim();
                    Assert.True(value == "''" || value.StartsWith("readEnvironmentVariable(", StringComparison.Ordinal),
                        $"{Path.GetFileName(file)}: {assignment.Groups["name"].Value} must come from an environment variable, not '{value}'");
                }
            }
        }

        // And they really are read: the stand-in values given to the CLI appear in the compiled parameters.
        Assert.Equal(BicepFixture.DeploymentEnvironment["PROGRAMABOT_MICROSOFT_APP_PASSWORD"], Parameters("production")["microsoftAppPassword"]!["value"]!.GetValue<string>());
        Assert.Equal(BicepFixture.DeploymentEnvironment["PROGRAMABOT_POSTGRESQL_ADMIN_PASSWORD"], Parameters("production")["postgreSqlAdminPassword"]!["value"]!.GetValue<string>());
        Assert.Equal(BicepFixture.DeploymentEnvironment["PROGRAMABOT_MICROSOFT_APP_ID"], Parameters("test")["microsoftAppId"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void The_deployment_guide_documents_every_setting()
    {
        var guide = File.ReadAllText(Repo.PathOf("docs", "DEPLOY.md"));

        Assert.All(AppSettings, name => Assert.Contains($"`{name}`", guide, StringComparison.Ordinal));
    }

    private JsonObject Parameters(string environment) =>
        JsonNode.Parse(File.ReadAllText(bicep.CompiledPathOf(Repo.PathOf("infra", "params", environment + ".bicepparam"))))!["parameters"]!.AsObject();

    [GeneratedRegex(@"^param\s+(?<name>\w+)\s*=\s*(?<value>.+)$", RegexOptions.Multiline)]
    private static partial Regex ParamAssignment();
}
